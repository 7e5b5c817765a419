package org.unsymbol.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A set of {@code [start, end)} spans, merged and sorted once, queried by binary search. */
final class Spans {

    private final int[] starts;
    private final int[] ends;

    Spans(List<int[]> spans) {
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(a -> a[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : sorted) {
            if (!merged.isEmpty() && s[0] <= merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(new int[] {s[0], s[1]});
            }
        }
        starts = new int[merged.size()];
        ends = new int[merged.size()];
        for (int i = 0; i < merged.size(); i++) {
            starts[i] = merged.get(i)[0];
            ends[i] = merged.get(i)[1];
        }
    }

    /** Index of the last span starting at or before {@code pos}, or -1. */
    private int floor(int pos) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= pos) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    boolean overlaps(int start, int end) {
        int f = floor(end - 1);
        return f >= 0 && ends[f] > start;
    }

    boolean contains(int start, int end) {
        int f = floor(start);
        return f >= 0 && end <= ends[f];
    }
}
