package org.palermoacademy.exercises.checker;

import java.util.List;
import java.util.regex.Pattern;
import org.palermoacademy.catalog.Scenario;

/** The checks a scenario declares in its own files (require_any, require_all, forbid, pattern). */
final class ScenarioRules {

    private ScenarioRules() {
    }

    static List<Finding> check(CheckContext c) {
        List<Finding> findings = new java.util.ArrayList<>();
        for (Scenario.Check check : c.scenario().checks()) {
            DraftText d = c.draft();
            boolean ok = true;
            int offset = -1;
            if (!check.requireAny().isEmpty()) {
                ok = check.requireAny().stream().anyMatch(x -> TypeRules.presentExact(d, x));
            }
            if (ok && !check.requireAll().isEmpty()) {
                ok = check.requireAll().stream().allMatch(x -> TypeRules.presentExact(d, x));
            }
            if (ok && !check.forbid().isEmpty()) {
                for (String f : check.forbid()) {
                    int at = d.indexOf(f);
                    if (at >= 0) {
                        ok = false;
                        offset = at;
                        break;
                    }
                }
            }
            if (ok && check.pattern() != null) {
                ok = Pattern.compile(check.pattern(), Pattern.CASE_INSENSITIVE | Pattern.MULTILINE).matcher(d.text()).find();
            }
            if (!ok) {
                String section = check.section() == null ? "assistance" : check.section();
                findings.add(new Finding("SCN-" + check.id(), Severity.of(check.severity()),
                        check.article() == null ? null : check.article().text(), null, List.of(), check.message(),
                        section, offset));
            }
        }
        return findings;
    }
}
