package org.unsymbol.extract;

/** A span of the original input that an annotator may turn into a link: UTF-16 offsets {@code [start, end)}. */
public record LinkSpan(int start, int end) {

    public LinkSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public boolean overlaps(LinkSpan other) {
        return start < other.end && other.start < end;
    }
}
