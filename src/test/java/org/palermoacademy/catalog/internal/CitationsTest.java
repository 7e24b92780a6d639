package org.palermoacademy.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.palermoacademy.catalog.Citation;

/** The citation table and parser against the Convention's real structure. */
class CitationsTest {

    static CitationTable table;

    @BeforeAll
    static void load() throws Exception {
        table = CitationTable.load(Path.of("content/convention/untoc-structure.yaml"));
    }

    @Test
    void tableHasAllFortyOneArticles() {
        assertThat(table.articleCount()).isEqualTo(41);
        assertThat(table.title(18)).contains("Mutual legal assistance");
    }

    @ParameterizedTest
    @ValueSource(strings = {"art. 18(15)(c)", "art. 16", "art. 18(30)", "art. 2(a)", "art. 2(j)", "art. 23(b)",
            "art. 5(1)(a)(ii)", "art. 5(1)(a)(ii)(b)", "art. 13(3)(c)", "art. 18(3)(i)", "art. 31(2)(d)",
            "art. 14(3)(b)", "art. 41(2)", "Art. 20(4)"})
    void existingCitations(String text) {
        Citation c = Citations.parse(text).orElseThrow();
        assertThat(table.problemWith(c)).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"art. 18(31)", "art. 42", "art. 0", "art. 2(k)", "art. 2(1)", "art. 18(15)(g)",
            "art. 16(9)(a)", "art. 5(1)(a)(iii)", "art. 5(1)(a)(ii)(c)", "art. 13(3)(d)", "art. 23(1)"})
    void nonExistingCitations(String text) {
        Citation c = Citations.parse(text).orElseThrow();
        assertThat(table.problemWith(c)).as(text).isPresent();
    }

    @Test
    void malformedCitationsDoNotParse() {
        assertThat(Citations.parse("article 18")).isEmpty();
        assertThat(Citations.parse("art. 18(15)(c)(1)")).isEmpty();
        assertThat(Citations.parse("art. 18(a)(3)")).isEmpty();
    }

    @Test
    void findsCitationsRangesAndListsInRunningText() {
        var found = Citations.findAll("Under art. 18(15)(c) and arts 12-14, also arts 5, 6, 8 and 23; "
                + "see article 3 of the Trafficking Protocol, and a part. of it.");
        assertThat(found).extracting(f -> f.citation().text())
                .containsExactlyInAnyOrder("art. 18(15)(c)", "art. 12", "art. 14", "art. 5", "art. 6", "art. 8",
                        "art. 23");
        assertThat(found.getFirst().offset()).isEqualTo(6);
    }

    @Test
    void canonicalText() {
        assertThat(new Citation(2, null, "i", null, null).text()).isEqualTo("art. 2(i)");
        assertThat(Citations.parse("art.18(15)(c)").orElseThrow().text()).isEqualTo("art. 18(15)(c)");
    }
}
