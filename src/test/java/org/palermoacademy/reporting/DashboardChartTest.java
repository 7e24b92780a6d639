package org.palermoacademy.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The on-screen chart: built from elements, one bar per row, names as text only. */
class DashboardChartTest {

    static final Function<String, String> KEYS = key -> key;

    /** The element and every element under it (text nodes left out). */
    static Stream<Element> descendants(Element e) {
        return Stream.concat(Stream.of(e), e.getChildren().filter(c -> !c.isTextNode())
                .flatMap(DashboardChartTest::descendants));
    }

    static List<Element> bars(Element svg) {
        return svg.getChildren().filter(c -> "g".equals(c.getTag()) && "bar".equals(c.getAttribute("class")))
                .toList();
    }

    @Test
    void oneBarPerRowWithLabelledSegments() {
        List<DashboardRow> rows = List.of(
                new DashboardRow("SN", null, null, null, 40, 12, 3, 5, 8, 2, 1),
                new DashboardRow("CI", null, null, null, 25, 20, 0, 1, 2, 1, 0),
                new DashboardRow("GH", null, null, null, 0, 0, 0, 0, 0, 0, 0));
        Element svg = DashboardChart.svg(rows, KEYS);

        assertThat(svg.getTag()).isEqualTo("svg");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("width")).isEqualTo("100%");
        assertThat(svg.getAttribute("aria-label")).startsWith("dash.chart.title").contains("dash.chart.staff 65")
                .contains("dash.chart.certified 29").contains("dash.chart.expiring 3");
        assertThat(bars(svg)).hasSize(3);
        assertThat(bars(svg)).extracting(b -> b.getAttribute("data-country")).containsExactly("SN", "CI", "GH");

        List<Element> sn = descendants(bars(svg).get(0)).filter(e -> e.hasAttribute("data-segment")).toList();
        assertThat(sn).extracting(e -> e.getAttribute("data-segment"))
                .containsExactly("certified", "expiring", "expired", "inProgress");
        assertThat(sn).allSatisfy(e -> {
            assertThat(e.getTag()).isEqualTo("rect");
            assertThat(e.getAttribute("data-country")).isEqualTo("SN");
            assertThat(e.getAttribute("fill")).startsWith("#");
            assertThat(e.getAttribute("width")).endsWith("%");
        });
        assertThat(sn).extracting(e -> e.getAttribute("fill")).doesNotHaveDuplicates();
        assertThat(sn.get(0).getChild(0).getTag()).isEqualTo("title");
        // the certified part is the valid certificates not expiring within 90 days: 12 - 3
        assertThat(sn.get(0).getChild(0).getText()).isEqualTo("SN: dash.chart.certified 9");
        assertThat(sn.get(1).getChild(0).getText()).isEqualTo("SN: dash.chart.expiring 3");

        // CI has nothing expiring: no empty segment; GH has no segment at all
        assertThat(descendants(bars(svg).get(1)).filter(e -> e.hasAttribute("data-segment")))
                .extracting(e -> e.getAttribute("data-segment")).containsExactly("certified", "expired", "inProgress");
        assertThat(descendants(bars(svg).get(2)).filter(e -> e.hasAttribute("data-segment"))).isEmpty();

        // the longest bar (SN: 40 staff, 28 in the parts) fills the bar area's share, no more
        double snWidth = sn.stream().mapToDouble(e -> Double.parseDouble(e.getAttribute("width").replace("%", "")))
                .sum();
        assertThat(snWidth).isLessThanOrEqualTo(78.0);
        // a legend names every part
        assertThat(descendants(svg).filter(e -> "text".equals(e.getTag())).map(Element::getText))
                .contains("dash.chart.certified", "dash.chart.expiring", "dash.chart.expired",
                        "dash.chart.inProgress", "12/40");
        assertThat(svg.getOuterHTML()).doesNotContain("viewbox");
    }

    @Test
    void namesStayText() {
        String evil = "<script>alert(1)</script>";
        List<DashboardRow> rows = List.of(new DashboardRow(evil, null, null, null, 3, 1, 0, 1, 1, 0, 0),
                new DashboardRow("SN", "o1", "\"><img src=x onerror=alert(1)>", "prosecution", 3, 1, 0, 0, 0, 0, 0));
        Element svg = DashboardChart.svg(rows, KEYS);
        assertThat(bars(svg).get(0).getAttribute("data-country")).isEqualTo(evil);
        assertThat(descendants(svg).filter(e -> e.hasAttribute("data-segment")).findFirst().orElseThrow()
                .getChild(0).getText()).isEqualTo(evil + ": dash.chart.certified 1");
        String html = svg.getOuterHTML();
        assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
        assertThat(descendants(svg).map(Element::getTag)).doesNotContain("script", "img");
    }

    @Test
    void sixtyCountriesMakeSixtyBarsAndLongNamesAreShortened() {
        List<DashboardRow> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rows.add(new DashboardRow("Country with a very long name " + i, null, null, null, 5, 2, 1, 1, 1, 0, 0));
        }
        Element svg = DashboardChart.svg(rows, KEYS);
        assertThat(bars(svg)).hasSize(60);
        assertThat(Integer.parseInt(svg.getAttribute("height"))).isGreaterThan(60 * 20);
        Element label = bars(svg).get(0).getChildren().filter(e -> "text".equals(e.getTag())).findFirst()
                .orElseThrow();
        assertThat(label.getText()).hasSize(16).endsWith("…");
        assertThat(bars(svg).get(0).getChild(0).getText()).startsWith("Country with a very long name 0");
    }

    @Test
    void noRowsSaysSo() {
        Element svg = DashboardChart.svg(List.of(), KEYS);
        assertThat(svg.getTag()).isEqualTo("svg");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-label")).isEqualTo("dash.chart.noData");
        assertThat(bars(svg)).isEmpty();
        assertThat(descendants(svg).filter(e -> "text".equals(e.getTag())).map(Element::getText))
                .containsExactly("dash.chart.noData");
    }
}
