package org.unsymbol.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds used by this JVM and by one PostgreSQL server (its postmaster, the children it has reaped and its live
 * backends, read from /proc). On a machine shared with other work, wall time mostly measures the neighbours; CPU time
 * per document does not.
 */
final class CpuClock {

    private static final double TICKS = 100.0; // USER_HZ on Linux

    private final long postmaster;

    CpuClock(Path pgDataDir) throws IOException {
        this.postmaster = Long.parseLong(Files.readAllLines(pgDataDir.resolve("postmaster.pid")).get(0).trim());
    }

    /** {jvm, postgres} CPU seconds so far. */
    double[] now() {
        double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        return new double[]{jvm, postgres()};
    }

    private double postgres() {
        long ticks = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String[] f = stat(p);
                if (f == null) {
                    continue;
                }
                long pid = Long.parseLong(name);
                if (pid == postmaster) {
                    ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]) + Long.parseLong(f[15])
                            + Long.parseLong(f[16]);
                } else if (Long.parseLong(f[3]) == postmaster) {
                    ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return ticks / TICKS;
    }

    /** The fields of /proc/pid/stat, numbered from 0, with the command name (which may hold spaces) as one. */
    private static String[] stat(Path proc) {
        try {
            String s = Files.readString(proc.resolve("stat"));
            int close = s.lastIndexOf(')');
            String[] rest = s.substring(close + 2).split(" ");
            String[] out = new String[rest.length + 2];
            out[0] = s.substring(0, s.indexOf(' '));
            out[1] = s.substring(s.indexOf('(') + 1, close);
            System.arraycopy(rest, 0, out, 2, rest.length);
            return out;
        } catch (IOException | RuntimeException e) {
            return null; // the process ended meanwhile
        }
    }
}
