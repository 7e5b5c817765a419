package org.unsymbol.resolve;

import org.unsymbol.symbol.Finding;

import java.util.List;

/** A grammar finding on the wire. */
public record FindingView(String code, String severity, String message, int start, int end) {

    public static FindingView of(Finding f) {
        return new FindingView(f.code().name(), f.severity().name().toLowerCase(java.util.Locale.ROOT),
                f.message(), f.start(), f.end());
    }

    public static List<FindingView> all(List<Finding> findings) {
        return findings.stream().map(FindingView::of).toList();
    }
}
