package org.unsymbol.web;

import java.util.ArrayList;
import java.util.List;

/**
 * One facet of a catalogue search drawn as a horizontal bar chart in inline SVG, computed here so that the template
 * only places what it is given. Geometry is in presentation attributes (x, y, width), which the page's
 * Content-Security-Policy allows, colours in the stylesheet; right-to-left pages get the chart mirrored. The same
 * counts go into a table next to it (the text equivalent, with a link to each filter).
 *
 * @param name   {@code year}, {@code body} or {@code language}: the heading the template gives it
 * @param bars   the bars drawn (the first {@link #MAX_BARS} rows)
 * @param rows   every row, for the table
 * @param height the SVG's height
 */
public record FacetChart(String name, List<Bar> bars, List<Row> rows, int width, int height, long max) {

    static final int MAX_BARS = 12;
    static final int WIDTH = 480;
    static final int ROW = 26;
    static final int LABEL = 150;
    static final int BAR = 250;

    /** A row of the table: the value as shown, its count, the search filtered by it (null: not a filter value). */
    public record Row(String value, String label, String lang, long count, String href) {
    }

    /** A drawn bar with its label and count text positions; {@code anchor} values are SVG text-anchor values. */
    public record Bar(Row row, int y, int textY, int labelX, String labelAnchor, int barX, int barWidth, int countX,
                      String countAnchor) {
    }

    /** The chart of these rows; {@code max} is the count a full bar stands for (the largest row when 0 or less). */
    static FacetChart of(String name, List<Row> rows, long max, boolean rtl) {
        long top = max;
        if (top <= 0) {
            for (Row r : rows) {
                top = Math.max(top, r.count());
            }
        }
        List<Bar> bars = new ArrayList<>();
        int n = Math.min(rows.size(), MAX_BARS);
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            int w = top <= 0 ? 0 : (int) Math.round((double) BAR * r.count() / top);
            if (r.count() > 0) {
                w = Math.max(w, 2); // a count above zero is always visible
            }
            int y = i * ROW + 4;
            int textY = y + ROW / 2 + 1;
            if (rtl) {
                bars.add(new Bar(r, y, textY, WIDTH - LABEL + 8, "start", WIDTH - LABEL - w, w,
                        WIDTH - LABEL - w - 6, "end"));
            } else {
                bars.add(new Bar(r, y, textY, LABEL - 8, "end", LABEL, w, LABEL + w + 6, "start"));
            }
        }
        return new FacetChart(name, bars, rows, WIDTH, Math.max(ROW, n * ROW + 8), top);
    }

    /** Whether the table lists more rows than the chart draws. */
    public boolean cut() {
        return rows.size() > bars.size();
    }
}
