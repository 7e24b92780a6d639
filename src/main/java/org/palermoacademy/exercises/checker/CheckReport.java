package org.palermoacademy.exercises.checker;

import java.util.List;

/**
 * The checker's verdict on one draft: the findings (blocking first), and the completeness meter —
 * the share of the blocking rules that apply to this request and found nothing missing.
 */
public record CheckReport(String scenarioId, List<Finding> findings, int completenessPercent, int blockingRulesApplied,
        long micros) {

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public boolean fired(String ruleId) {
        return findings.stream().anyMatch(f -> f.ruleId().equals(ruleId));
    }
}
