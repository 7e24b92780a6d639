package org.palermoacademy.exercises.checker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.palermoacademy.catalog.CountryProfile;
import org.palermoacademy.catalog.Scenario;

/**
 * Checks a draft request against its scenario: the generic rules for the request type, the
 * consistency rules, and the scenario's own checks. Stateless and thread-safe; no Spring needed.
 */
public final class DraftChecker {

    /** Every generic rule, in report order. */
    public static final List<Rule> RULES = Stream.of(RequestRules.all(), TypeRules.all(), ConsistencyRules.all())
            .flatMap(List::stream).toList();

    private final Map<String, CountryProfile> countries;
    private final Map<String, String> sectionTitles;

    public DraftChecker(Map<String, CountryProfile> countries) {
        this(countries, DraftText.defaultTitles());
    }

    public DraftChecker(Map<String, CountryProfile> countries, Map<String, String> sectionTitles) {
        this.countries = countries;
        this.sectionTitles = sectionTitles;
    }

    public CheckReport check(Scenario scenario, Draft draft) {
        long start = System.nanoTime();
        if (scenario.branchingCase()) {
            throw new IllegalArgumentException("A branching case has no draft to check: " + scenario.id());
        }
        CountryProfile requesting = countries.get(scenario.requestingState());
        CountryProfile requested = countries.get(scenario.requestedState());
        if (requesting == null || requested == null) {
            throw new IllegalArgumentException("Unknown country profile in scenario " + scenario.id());
        }
        DraftText text = DraftText.of(draft, sectionTitles);
        CheckContext context = new CheckContext(scenario, requesting, requested, text,
                List.copyOf(countries.values()));
        List<Finding> findings = new ArrayList<>();
        int blockingApplied = 0;
        int blockingClear = 0;
        for (Rule rule : RULES) {
            if (!rule.applies().test(context)) {
                continue;
            }
            List<Rule.Hit> hits = rule.check().apply(context);
            if (rule.severity() == Severity.BLOCKING) {
                blockingApplied++;
                if (hits.isEmpty()) {
                    blockingClear++;
                }
            }
            for (Rule.Hit hit : hits) {
                String key = rule.messageKey(hit);
                findings.add(new Finding(rule.id(), rule.severity(), article(rule, context), key, hit.args(),
                        Messages.english(key, hit.args()), hit.section(), hit.offset()));
            }
        }
        findings.addAll(ScenarioRules.check(context));
        findings.sort(Comparator.comparing(Finding::severity));
        int completeness = blockingApplied == 0 ? 100 : Math.round(100f * blockingClear / blockingApplied);
        return new CheckReport(scenario.id(), List.copyOf(findings), completeness, blockingApplied,
                (System.nanoTime() - start) / 1000);
    }

    /** Extradition's formal requirements come from treaties and domestic law (art. 16(7)), not art. 18. */
    private static String article(Rule rule, CheckContext c) {
        if (c.extradition() && rule.article().startsWith("art. 18(15)")) {
            return "art. 16(7)";
        }
        if (rule.id().equals("REQ-LEGAL-BASIS") && !c.extradition()) {
            return c.isType("jit") ? "art. 19" : "art. 18(7)";
        }
        if (rule.id().equals("DC-CONDUCT") && !c.extradition()) {
            return "art. 18(9)";
        }
        return rule.article();
    }
}
