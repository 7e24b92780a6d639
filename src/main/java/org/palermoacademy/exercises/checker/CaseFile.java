package org.palermoacademy.exercises.checker;

import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.palermoacademy.catalog.Scenario;

/** What the checker reads from a scenario's case file, computed once per scenario version. */
record CaseFile(List<Dates.Found> dates, Set<MonthDay> dayMonths, List<Amounts.Found> amounts, String compact,
        String text) {

    private static final Map<String, CaseFile> CACHE = new ConcurrentHashMap<>();

    static CaseFile of(Scenario s) {
        return CACHE.computeIfAbsent(s.id() + "@" + s.contentVersion(), k -> {
            String t = s.factsText() == null ? "" : s.factsText();
            return new CaseFile(Dates.all(t), Dates.dayMonths(t), Amounts.all(t), DraftText.compact(t), t);
        });
    }
}
