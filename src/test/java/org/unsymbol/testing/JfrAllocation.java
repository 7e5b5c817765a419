package org.unsymbol.testing;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bytes a JVM allocated during one JFR recording, from its {@code jdk.ThreadAllocationStatistics} events (each
 * thread's running total, emitted when a recording's chunk begins and ends, as the {@code profile} settings do): the
 * sum over threads of last minus first, a thread born during the recording counted from zero. Garbage included, and
 * independent of the machine's load. With {@code --sites N}, also the N heaviest allocation sites of the
 * {@code jdk.ObjectAllocationSample} events (class and top frames, by sampled weight). Used by
 * scripts/bomb-allocation.sh:
 * <pre>
 * java -cp target/test-classes org.unsymbol.testing.JfrAllocation recording.jfr [--sites 15]
 * </pre>
 */
public final class JfrAllocation {

    private JfrAllocation() {
    }

    public static void main(String[] args) throws IOException {
        int sites = args.length > 2 && args[1].equals("--sites") ? Integer.parseInt(args[2]) : 0;
        Map<Long, long[]> threads = new HashMap<>(); // thread id -> {first, last, time of first}
        long begin = Long.MAX_VALUE;
        Map<Long, String> names = new HashMap<>();
        Map<String, Long> bySite = new HashMap<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = e.getEventType().getName();
            if (type.equals("jdk.ThreadAllocationStatistics")) {
                long id = e.getThread("thread").getJavaThreadId();
                long bytes = e.getLong("allocated");
                names.put(id, e.getThread("thread").getJavaName());
                long at = e.getStartTime().toEpochMilli();
                begin = Math.min(begin, at);
                long[] span = threads.computeIfAbsent(id, k -> new long[]{Long.MAX_VALUE, 0, at});
                span[0] = Math.min(span[0], bytes);
                span[1] = Math.max(span[1], bytes);
                span[2] = Math.min(span[2], at);
            } else if (sites > 0 && type.equals("jdk.ObjectAllocationSample")) {
                StringBuilder key = new StringBuilder(e.getClass("objectClass").getName());
                List<RecordedFrame> frames = e.getStackTrace() == null ? List.of() : e.getStackTrace().getFrames();
                for (int i = 0; i < Math.min(6, frames.size()); i++) {
                    key.append(i == 0 ? " <- " : " < ").append(frames.get(i).getMethod().getType().getName()
                            .replaceAll(".*\\.", "")).append('.').append(frames.get(i).getMethod().getName())
                            .append(':').append(frames.get(i).getLineNumber());
                }
                bySite.merge(key.toString(), e.getLong("weight"), Long::sum);
            }
        }
        long total = 0;
        Map<String, Long> byThread = new HashMap<>();
        for (Map.Entry<Long, long[]> t : threads.entrySet()) {
            // a thread first seen after the recording began was born during it: counted from zero (one that died
            // during it is seen at the beginning only, and counts nothing: what it allocated is not known)
            long first = t.getValue()[2] > begin + 1000 ? 0 : t.getValue()[0];
            long bytes = t.getValue()[1] - first;
            total += bytes;
            byThread.merge(names.get(t.getKey()).replaceAll("[0-9]+", "N"), bytes, Long::sum);
        }
        System.out.println("allocated " + total);
        byThread.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(6)
                .forEach(t -> System.out.printf("  thread %-40s %,d%n", t.getKey(), t.getValue()));
        bySite.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(sites)
                .forEach(s -> System.out.printf("  site %,14d %s%n", s.getValue(), s.getKey()));
    }
}
