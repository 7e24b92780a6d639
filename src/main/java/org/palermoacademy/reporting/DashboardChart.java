package org.palermoacademy.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import com.vaadin.flow.dom.Element;

/**
 * The dashboard's stacked bar chart as inline SVG, one horizontal bar per row (certified, expiring within
 * 90 days, expired, in progress; see {@link ChartSegment}) over a faint track as long as the row's staff,
 * with a legend and each row's "certified/staff" at the end of its bar.
 *
 * <p>Built only with the {@link Element} API: names reach the browser as text nodes and attribute values,
 * never as markup. The chart fills the width of its container (down to 360 px) through percentage
 * coordinates rather than a {@code viewBox}: Flow lower-cases attribute names ({@code viewbox}), and SVG
 * attribute names are case-sensitive, so a {@code viewBox} set through the Element API is ignored by
 * browsers. Heights are in pixels, so the text keeps its size at any width.
 */
public final class DashboardChart {

    static final int LEGEND_LINE = 18;
    static final int ROW = 22;
    static final int BAR = 14;
    /** Share of the width taken by the row labels. */
    static final double LABEL_SHARE = 30;
    /** Share of the bar area the longest bar reaches; the rest holds "certified/staff". */
    static final double BAR_SHARE = 78;
    static final int LABEL_CHARS = 16;

    private DashboardChart() {
    }

    public static Element svg(List<DashboardRow> rows, Function<String, String> translate) {
        Element svg = new Element("svg");
        svg.setAttribute("width", "100%");
        svg.setAttribute("role", "img");
        svg.setAttribute("class", "dashboard-chart");
        svg.setAttribute("font-size", "12");
        svg.getStyle().set("display", "block").set("overflow", "visible");
        if (rows == null || rows.isEmpty()) {
            String noData = translate.apply("dash.chart.noData");
            svg.setAttribute("height", "24");
            svg.setAttribute("aria-label", noData);
            Element text = child(svg, "text");
            text.setAttribute("x", "0");
            text.setAttribute("y", "16");
            text.setAttribute("fill", "currentColor");
            text.setAttribute("data-empty", "");
            text.setText(noData);
            return svg;
        }
        svg.setAttribute("aria-label", summary(rows, translate));

        Element legend = child(svg, "g");
        legend.setAttribute("class", "legend");
        int y = 0;
        for (ChartSegment s : ChartSegment.values()) {
            Element swatch = child(legend, "rect");
            swatch.setAttribute("x", "0");
            swatch.setAttribute("y", String.valueOf(y + 3));
            swatch.setAttribute("width", "12");
            swatch.setAttribute("height", "12");
            swatch.setAttribute("fill", s.hex());
            Element text = child(legend, "text");
            text.setAttribute("x", "18");
            text.setAttribute("y", String.valueOf(y + 13));
            text.setAttribute("fill", "currentColor");
            text.setText(translate.apply(s.labelKey()));
            y += LEGEND_LINE;
        }
        y += 6;

        int scale = ChartSegment.scale(rows);
        String staffLabel = translate.apply("dash.chart.staff");
        for (DashboardRow row : rows) {
            String label = ChartSegment.label(row);
            String country = row.country() == null ? "" : row.country();
            Element group = child(svg, "g");
            group.setAttribute("class", "bar");
            group.setAttribute("data-country", country);
            child(group, "title").setText(label + ": " + staffLabel + " " + row.staff());

            Element name = child(group, "text");
            name.setAttribute("x", "0");
            name.setAttribute("y", String.valueOf(y + 15));
            name.setAttribute("fill", "currentColor");
            name.setText(shorten(label));

            Element area = child(group, "svg");
            area.setAttribute("x", percent(LABEL_SHARE));
            area.setAttribute("y", String.valueOf(y));
            area.setAttribute("width", percent(100 - LABEL_SHARE));
            area.setAttribute("height", String.valueOf(ROW));

            Element track = child(area, "rect");
            track.setAttribute("class", "track");
            track.setAttribute("x", "0");
            track.setAttribute("y", String.valueOf((ROW - BAR) / 2));
            track.setAttribute("width", percent(BAR_SHARE * row.staff() / scale));
            track.setAttribute("height", String.valueOf(BAR));
            track.setAttribute("fill", "currentColor");
            track.setAttribute("fill-opacity", "0.12");

            int start = 0;
            for (ChartSegment s : ChartSegment.values()) {
                int value = s.value(row);
                if (value == 0) {
                    continue;
                }
                Element segment = child(area, "rect");
                segment.setAttribute("data-segment", s.id());
                segment.setAttribute("data-country", country);
                segment.setAttribute("data-value", String.valueOf(value));
                segment.setAttribute("x", percent(BAR_SHARE * start / scale));
                segment.setAttribute("y", String.valueOf((ROW - BAR) / 2));
                segment.setAttribute("width", percent(BAR_SHARE * value / scale));
                segment.setAttribute("height", String.valueOf(BAR));
                segment.setAttribute("fill", s.hex());
                child(segment, "title").setText(label + ": " + translate.apply(s.labelKey()) + " " + value);
                start += value;
            }

            Element figures = child(area, "text");
            figures.setAttribute("x", "100%");
            figures.setAttribute("y", "15");
            figures.setAttribute("text-anchor", "end");
            figures.setAttribute("fill", "currentColor");
            figures.setText(row.certified() + "/" + row.staff());
            y += ROW;
        }
        svg.setAttribute("height", String.valueOf(y + 2));
        return svg;
    }

    /** The chart's accessible name: its title and the totals of every part. */
    static String summary(List<DashboardRow> rows, Function<String, String> translate) {
        DashboardRow total = DashboardRow.empty(null, null, null, null);
        for (DashboardRow r : rows) {
            total = total.plus(r);
        }
        List<String> parts = new ArrayList<>();
        parts.add(translate.apply("dash.chart.staff") + " " + total.staff());
        for (ChartSegment s : ChartSegment.values()) {
            parts.add(translate.apply(s.labelKey()) + " " + s.value(total));
        }
        return translate.apply("dash.chart.title") + " (" + rows.size() + "): " + String.join("; ", parts);
    }

    /** At most {@link #LABEL_CHARS} characters (code points), the last one an ellipsis if cut. */
    static String shorten(String label) {
        if (label.codePointCount(0, label.length()) <= LABEL_CHARS) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, LABEL_CHARS - 1)) + "…";
    }

    private static Element child(Element parent, String tag) {
        Element e = new Element(tag);
        parent.appendChild(e);
        return e;
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.3f%%", value);
    }
}
