#!/usr/bin/env bash
# Import benchmark: the catalogue importer against PostgreSQL's COPY of the same rows, in one run, on an embedded
# PostgreSQL in a temporary folder. Usage: scripts/bench-import.sh [count=100000] [batch-size=5000]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -o -q test-compile
CP_FILE=target/bench-classpath.txt
./mvnw -B -o -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
exec java -Xmx4g -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" org.unsymbol.bench.ImportBenchmark "$@"
