package org.palermoacademy.reporting;

import java.util.function.ToIntFunction;

/**
 * The four stacked parts of a dashboard bar, in drawing order, shared by the on-screen SVG chart and the
 * PDF chart. They do not overlap: the certified part is {@code certified - expiringSoon}, since a
 * certificate that expires within 90 days is still valid and is counted in both figures of the row.
 * Colours are from the Okabe–Ito palette (told apart with the usual colour-vision deficiencies) and differ
 * in lightness; every chart also labels them in text.
 */
public enum ChartSegment {

    CERTIFIED("certified", "dash.chart.certified", 0x00, 0x9E, 0x73, r -> r.certified() - r.expiringSoon()),
    EXPIRING("expiring", "dash.chart.expiring", 0xE6, 0x9F, 0x00, DashboardRow::expiringSoon),
    EXPIRED("expired", "dash.chart.expired", 0xD5, 0x5E, 0x00, DashboardRow::expired),
    IN_PROGRESS("inProgress", "dash.chart.inProgress", 0x56, 0xB4, 0xE9, DashboardRow::inProgress);

    private final String id;
    private final String labelKey;
    private final int red;
    private final int green;
    private final int blue;
    private final ToIntFunction<DashboardRow> value;

    ChartSegment(String id, String labelKey, int red, int green, int blue, ToIntFunction<DashboardRow> value) {
        this.id = id;
        this.labelKey = labelKey;
        this.red = red;
        this.green = green;
        this.blue = blue;
        this.value = value;
    }

    /** The value of {@code data-segment}: certified, expiring, expired, inProgress. */
    public String id() {
        return id;
    }

    /** The translation key of the legend text. */
    public String labelKey() {
        return labelKey;
    }

    /** This part of the row's bar, never negative. */
    public int value(DashboardRow row) {
        return Math.max(0, value.applyAsInt(row));
    }

    public int red() {
        return red;
    }

    public int green() {
        return green;
    }

    public int blue() {
        return blue;
    }

    /** The fill as {@code #rrggbb}. */
    public String hex() {
        return String.format("#%02x%02x%02x", red, green, blue);
    }

    /** Whether black text on this fill contrasts more than white text (WCAG relative luminance). */
    public boolean darkText() {
        double luminance = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
        return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The length of the longest bar among the rows: staff, or the sum of the parts if larger; at least 1. */
    public static int scale(Iterable<DashboardRow> rows) {
        int max = 1;
        for (DashboardRow r : rows) {
            int sum = 0;
            for (ChartSegment s : values()) {
                sum += s.value(r);
            }
            max = Math.max(max, Math.max(r.staff(), sum));
        }
        return max;
    }

    /** The row's name on a chart: the organisation's name if it is an organisation row, else the country. */
    public static String label(DashboardRow row) {
        String name = row.organisationName() != null && !row.organisationName().isBlank()
                ? row.organisationName() : row.country();
        return name == null ? "" : name;
    }
}
