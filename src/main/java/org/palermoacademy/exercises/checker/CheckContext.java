package org.palermoacademy.exercises.checker;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.palermoacademy.catalog.CountryProfile;
import org.palermoacademy.catalog.Scenario;

/** What a rule sees: the scenario, both States' profiles, and the draft. */
public record CheckContext(Scenario scenario, CountryProfile requesting, CountryProfile requested, DraftText draft,
        List<CountryProfile> allCountries) {

    public String type() {
        return scenario.type();
    }

    public String variant() {
        return scenario.variant();
    }

    public boolean isType(String... types) {
        return Set.of(types).contains(scenario.type());
    }

    public boolean extradition() {
        return "extradition".equals(scenario.type());
    }

    public Scenario.Facts facts() {
        return scenario.facts();
    }

    public Scenario.Expectations expects() {
        return scenario.expectations();
    }

    public LocalDate today() {
        return scenario.draftingDate() == null ? LocalDate.now() : scenario.draftingDate();
    }

    public boolean hasMeasure(String... kinds) {
        Set<String> wanted = Set.of(kinds);
        return expects().measures().stream().anyMatch(m -> wanted.contains(m.kind()));
    }
}
