package org.palermoacademy.exercises.checker;

import static org.palermoacademy.exercises.checker.Rule.Hit;
import static org.palermoacademy.exercises.checker.Severity.WARNING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.palermoacademy.catalog.CountryProfile;
import org.palermoacademy.catalog.Scenario;

/** Names, dates, sums, account numbers and States in the draft must agree with the case file. */
final class ConsistencyRules {

    private static final Pattern ACCOUNT = Pattern.compile("\\b[A-Z]{2}\\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\\b");

    private ConsistencyRules() {
    }

    static boolean drafting(CheckContext c) {
        return !c.isType("branching") && c.facts() != null;
    }

    static List<Rule> all() {
        return List.of(
                new Rule("CON-ACCOUNT", WARNING, "art. 18(15)(d)", ConsistencyRules::drafting, ConsistencyRules::accounts),
                new Rule("CON-AMOUNT", WARNING, "art. 18(15)(c)", ConsistencyRules::drafting, ConsistencyRules::amounts),
                new Rule("CON-DATE", WARNING, "art. 18(15)(c)", ConsistencyRules::drafting, ConsistencyRules::dates),
                new Rule("CON-NAME", WARNING, "art. 18(15)(e)", ConsistencyRules::drafting, ConsistencyRules::names),
                new Rule("CON-STATE", WARNING, "art. 18(15)(b)", ConsistencyRules::drafting, ConsistencyRules::states));
    }

    private static List<Hit> accounts(CheckContext c) {
        Set<String> known = new HashSet<>();
        c.facts().accounts().forEach(a -> known.add(DraftText.compact(a.number())));
        c.facts().assets().forEach(a -> known.add(DraftText.compact(a.identifier())));
        String factsCompact = CaseFile.of(c.scenario()).compact();
        List<Hit> hits = new ArrayList<>();
        Matcher m = ACCOUNT.matcher(c.draft().text());
        while (m.find()) {
            String number = DraftText.compact(m.group());
            if (!known.contains(number) && !factsCompact.contains(number)) {
                hits.add(Hit.at(section(c, m.start(), "assistance"), m.group()).offset(m.start()));
            }
        }
        return hits;
    }

    private static List<Hit> amounts(CheckContext c) {
        List<Double> known = new ArrayList<>();
        c.facts().amounts().forEach(a -> known.add(a.value()));
        CaseFile.of(c.scenario()).amounts().forEach(a -> known.add(a.value()));
        // totals and differences of the case's sums are consistent too
        List<Double> base = List.copyOf(known);
        for (int i = 0; i < base.size(); i++) {
            for (int j = i + 1; j < base.size(); j++) {
                known.add(base.get(i) + base.get(j));
                known.add(Math.abs(base.get(i) - base.get(j)));
                for (int k = j + 1; k < base.size(); k++) {
                    known.add(base.get(i) + base.get(j) + base.get(k));
                }
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (Amounts.Found a : c.draft().amounts()) {
            boolean matches = known.stream().anyMatch(k -> Math.abs(k - a.value()) <= Math.max(1, k * 0.005));
            if (!matches) {
                hits.add(Hit.at(section(c, a.offset(), "facts"), a.text()).offset(a.offset()));
            }
        }
        return hits;
    }

    /** Past dates the case file does not contain (future dates are deadlines and hearings). */
    private static List<Hit> dates(CheckContext c) {
        Set<LocalDate> known = new HashSet<>();
        Scenario.Facts f = c.facts();
        f.dates().forEach(d -> known.add(d.date()));
        f.persons().forEach(p -> known.add(p.born()));
        f.orders().forEach(o -> known.add(o.date()));
        f.accounts().forEach(a -> {
            known.add(a.from());
            known.add(a.to());
        });
        CaseFile.of(c.scenario()).dates().forEach(d -> known.add(d.date()));
        known.add(c.scenario().draftingDate());
        Set<java.time.MonthDay> dayMonths = CaseFile.of(c.scenario()).dayMonths();
        List<Hit> hits = new ArrayList<>();
        for (Dates.Found d : c.draft().dates()) {
            if (d.date().isBefore(c.today()) && !known.contains(d.date())
                    && !dayMonths.contains(java.time.MonthDay.from(d.date()))) {
                hits.add(Hit.at(section(c, d.offset(), "facts"), d.text()).offset(d.offset()));
            }
        }
        return hits;
    }

    private static List<Hit> names(CheckContext c) {
        List<Hit> hits = new ArrayList<>();
        for (Scenario.Person p : c.facts().persons()) {
            for (int at : Names.nearMisses(c.draft(), p.name())) {
                String written = c.draft().text().substring(at, Math.min(c.draft().text().length(), at + p.name().length() + 2));
                hits.add(Hit.at(section(c, at, "persons"), written.strip(), p.name()).offset(at));
            }
        }
        return hits;
    }

    private static List<Hit> states(CheckContext c) {
        List<Hit> hits = new ArrayList<>();
        String facts = c.scenario().factsText() == null ? "" : c.scenario().factsText();
        for (CountryProfile other : c.allCountries()) {
            if (other.id().equals(c.requesting().id()) || other.id().equals(c.requested().id())) {
                continue;
            }
            String shortName = other.name().substring(other.name().lastIndexOf(' ') + 1);
            if (facts.contains(shortName)) {
                continue;
            }
            int at = c.draft().indexOf(shortName);
            if (at >= 0) {
                hits.add(Hit.at(section(c, at, "addressee"), shortName).offset(at));
            }
        }
        return hits;
    }

    static String section(CheckContext c, int offset, String fallback) {
        String s = c.draft().sectionAt(offset);
        return s == null ? fallback : s;
    }
}
