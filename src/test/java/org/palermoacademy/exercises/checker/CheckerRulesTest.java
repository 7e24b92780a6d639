package org.palermoacademy.exercises.checker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.palermoacademy.catalog.ContentSnapshot;
import org.palermoacademy.catalog.Scenario;

/**
 * Each rule on its own: the scenario's model answer passes it; the same answer with exactly the
 * element the rule looks for taken out (or broken) makes it fire.
 */
class CheckerRulesTest {

    static ContentSnapshot content;
    static DraftChecker checker;

    @BeforeAll
    static void load() {
        content = ContentSnapshot.load(Path.of("content"));
        checker = new DraftChecker(content.countries());
    }

    static CheckReport check(String scenario, String text) {
        return checker.check(content.scenarios().get(scenario), Draft.ofText(text));
    }

    static String model(String scenario) {
        return content.scenarios().get(scenario).modelAnswer();
    }

    /** Removes every sentence (or heading line) that matches, looking at whole sentences across line breaks. */
    static UnaryOperator<String> remove(Pattern p) {
        return text -> {
            StringBuilder out = new StringBuilder();
            for (String sentence : text.split("(?<=[.!?;])\\s+|\\n(?=#)|\\n\\s*\\n")) {
                if (!p.matcher(sentence).find()) {
                    out.append(sentence).append(sentence.startsWith("#") ? "\n" : " ");
                }
            }
            return out.toString();
        };
    }

    /** Cuts out just the matching text (for patterns that span sentences or list items). */
    static UnaryOperator<String> cut(Pattern p) {
        return text -> p.matcher(text).replaceAll(" ");
    }

    static UnaryOperator<String> remove(String literal) {
        return remove(Pattern.compile(Pattern.quote(literal), Pattern.CASE_INSENSITIVE));
    }

    static UnaryOperator<String> replace(String from, String to) {
        return text -> text.replace(from, to);
    }

    static UnaryOperator<String> append(String extra) {
        return text -> text + "\n\n" + extra + "\n";
    }

    static Stream<Arguments> mutations() {
        return Stream.of(
                Arguments.of("mla-aldoria-bank-records", "REQ-CONFIDENTIALITY", remove(Patterns.CONFIDENTIAL)),
                Arguments.of("mla-aldoria-bank-records", "REQ-PURPOSE", remove(Patterns.PURPOSE)),
                Arguments.of("mla-aldoria-bank-records", "REQ-PERSONS", remove("Marta Quell")),
                Arguments.of("mla-aldoria-bank-records", "CON-ACCOUNT",
                        replace("XB57 0930 0000 8812 0045 17", "XB57 0930 0000 8812 0045 71")),
                Arguments.of("mla-aldoria-bank-records", "MEA-SPECIFIC", remove("XB57 0930 0000 8812 0045 17")),
                Arguments.of("mla-aldoria-bank-records", "CON-NAME", replace("Viktor Hale", "Viktor Hail")),
                Arguments.of("mla-aldoria-bank-records", "MEA-VAGUE",
                        append("We also ask for all bank records of all accounts held in Berenia.")),
                Arguments.of("mla-aldoria-bank-records", "CON-AMOUNT", replace("1,870,000", "1,780,000")),
                Arguments.of("mla-aldoria-bank-records", "CON-STATE", append("Copy: Principality of Ferrania.")),
                Arguments.of("mla-aldoria-bank-records", "REQ-LEGAL-BASIS", remove(Pattern.compile(
                        "treaty|convention|reciproc", Pattern.CASE_INSENSITIVE))),
                Arguments.of("mla-berenia-service-of-documents", "REQ-ADDRESSEE", remove(Patterns.DIPLOMATIC)),
                Arguments.of("mla-berenia-service-of-documents", "REQ-LANGUAGE", remove(Patterns.TRANSLATION)),
                Arguments.of("mla-castellia-videoconference-witness", "REQ-ASSISTANCE",
                        remove(Patterns.MEASURES.get("videoconference"))),
                Arguments.of("mla-estmark-search-seizure", "DC-CONDUCT",
                        append("Dual criminality: fraud and money laundering are also offences in Ferrania.")),
                Arguments.of("ext-aldoria-prosecution", "REQ-LEGAL-BASIS", remove(Patterns.TREATY)),
                Arguments.of("ext-aldoria-prosecution", "EXT-WARRANT", remove(Patterns.WARRANT)),
                Arguments.of("ext-aldoria-prosecution", "EXT-LIMITATION", remove(Patterns.LIMITATION)),
                Arguments.of("ext-dovania-provisional-arrest", "EXT-ASSURANCE", remove(Patterns.DEATH_PENALTY)),
                Arguments.of("ext-dovania-provisional-arrest", "EXT-PROVISIONAL", remove(Patterns.FULL_REQUEST)),
                Arguments.of("ext-estmark-enforcement", "EXT-JUDGMENT",
                        (UnaryOperator<String>) t -> remove(Patterns.REMAINING).apply(t).replace("4 years 3 months", "")),
                Arguments.of("conf-aldoria-foreign-order-return", "CONF-RETURN", cut(Patterns.RETURN)),
                Arguments.of("conf-aldoria-foreign-order-return", "CONF-13-3", cut(Patterns.ORDER_COPY)),
                Arguments.of("conf-berenia-own-order", "CONF-13-3", cut(Patterns.OWN_ORDER)),
                Arguments.of("jit-berenia-estmark-trafficking", "JIT-ELEMENT", remove(Patterns.ci("liab|damage"))),
                Arguments.of("cd-aldoria-castellia-controlled-delivery", "CD-INTACT", remove(Patterns.INTACT)),
                Arguments.of("cd-aldoria-castellia-controlled-delivery", "CD-CONTACT",
                        remove(Patterns.ROUND_THE_CLOCK)));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("mutations")
    void ruleFiresWhenItsElementIsTakenOutAndNotOnTheModelAnswer(String scenario, String rule,
            UnaryOperator<String> mutation) {
        assertThat(check(scenario, model(scenario)).fired(rule)).as("%s on the model answer", rule).isFalse();
        CheckReport mutated = check(scenario, mutation.apply(model(scenario)));
        assertThat(mutated.fired(rule)).as("%s after the mutation; findings: %s", rule,
                mutated.findings().stream().map(Finding::ruleId).toList()).isTrue();
    }

    @Test
    void everyModelAnswerPassesWithoutBlockingOrWarningFindings() {
        for (Scenario s : content.scenarios().values()) {
            if (s.branchingCase()) {
                continue;
            }
            CheckReport report = check(s.id(), s.modelAnswer());
            assertThat(report.findings()).as(s.id()).noneMatch(f -> f.severity() != Severity.ADVICE);
            assertThat(report.completenessPercent()).as(s.id()).isEqualTo(100);
        }
    }

    @Test
    void anAlmostEmptyDraftIsIncompleteAndEveryMessageIsWritten() {
        CheckReport report = check("mla-aldoria-bank-records", "Dear colleagues, please help us. This is urgent.");
        assertThat(report.completenessPercent()).isLessThan(20);
        assertThat(report.findings()).extracting(Finding::ruleId).contains("REQ-AUTHORITY", "REQ-PROCEEDINGS",
                "REQ-FACTS", "REQ-ASSISTANCE", "REQ-PERSONS", "REQ-PURPOSE", "REQ-ADDRESSEE", "REQ-LEGAL-BASIS",
                "REQ-URGENCY-REASONS", "REQ-CONFIDENTIALITY");
        assertThat(report.findings()).allSatisfy(f -> {
            assertThat(f.message()).doesNotStartWith("check.");
            assertThat(f.article()).matches("art\\. \\d+.*");
        });
    }

    @Test
    void urgencyNeedsADeadlineAndReasons() {
        String base = model("mla-aldoria-bank-records");
        CheckReport noDeadline = check("mla-aldoria-bank-records", "This request is urgent. " + remove(
                Pattern.compile("2026|2027")).apply(base));
        assertThat(noDeadline.findings()).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("REQ-URGENCY-REASONS");
            assertThat(f.messageKey()).isEqualTo("check.REQ-URGENCY-REASONS.deadline");
        });
    }

    @Test
    void aFreeFormDraftIsSplitIntoSectionsByItsHeadings() {
        DraftText text = DraftText.freeForm("""
                REQUEST FOR MUTUAL LEGAL ASSISTANCE

                1. Requesting authority
                Office of the Public Prosecutor.

                LEGAL BASIS:
                The 2011 Treaty.

                **Summary of the facts**
                Between 2024 and 2025 ...

                ### Assistance requested
                Bank records.
                """);
        assertThat(text.spans()).extracting(DraftText.Span::section)
                .containsExactly("requesting-authority", "legal-basis", "facts", "assistance");
        assertThat(text.section("legal-basis")).get().asString().contains("2011 Treaty");
    }

    @Test
    void datesAndAmountsAreReadInTheUsualFormats() {
        assertThat(Dates.all("on 14 March 2025, 2025-03-14, March 14, 2025 and 14/03/2025"))
                .extracting(Dates.Found::date).allMatch(d -> d.toString().equals("2025-03-14"));
        assertThat(Amounts.all("EUR 2,450,000 or €1.87 million or 640 000 euros or USD 6,850"))
                .extracting(Amounts.Found::value).containsExactly(2_450_000.0, 1_870_000.0, 6_850.0, 640_000.0);
    }
}
