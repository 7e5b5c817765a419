#!/usr/bin/env bash
# Title search benchmark: a generated six-language catalogue loaded through the importer into an embedded PostgreSQL
# in a temporary folder, queries through the store's ranked search and, in the same run, through the V2 search on the
# same rows; p50/p95 per query, EXPLAIN (ANALYZE, BUFFERS). Usage: scripts/bench-search.sh [documents=60000] [rounds=20]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -o -q test-compile
CP_FILE=target/bench-classpath.txt
./mvnw -B -o -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
echo "uptime at start: $(uptime)"
java -Xmx2g -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" org.unsymbol.bench.SearchBenchmark "$@"
echo "uptime at end: $(uptime)"
