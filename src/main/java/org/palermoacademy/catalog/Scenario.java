package org.palermoacademy.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A drafting exercise (or a branching case): the case file, the structured facts the checker compares
 * a draft with, what a correct request must do, scenario-specific checks, the model answer and rubric.
 */
public record Scenario(
        String id,
        String title,
        String type,
        String variant,
        boolean returnOfProceeds,
        String difficulty,
        int minutes,
        Set<Audience> audiences,
        String summary,
        List<Citation> cites,
        String requestingState,
        String requestedState,
        LocalDate draftingDate,
        String taskHtml,
        String factsHtml,
        String factsText,
        String modelAnswer,
        Facts facts,
        Expectations expectations,
        List<Check> checks,
        List<RubricCriterion> rubric,
        Branching branching,
        String contentVersion) {

    public boolean branchingCase() {
        return "branching".equals(type);
    }

    public boolean extradition() {
        return "extradition".equals(type);
    }

    public record Facts(Authority requestingAuthority, Proceedings proceedings, List<Person> persons,
            List<Offence> offences, List<Account> accounts, List<Amount> amounts, List<DateFact> dates,
            List<String> places, List<Asset> assets, List<Order> orders) {
    }

    public record Authority(String name, String official, String phone, String email) {
    }

    public record Proceedings(String stage, String reference, String conductingAuthority, String description) {
    }

    public record Person(String id, String name, String role, String nationality, LocalDate born, String location,
            String address) {
    }

    public record Offence(String id, String label, String provision, int maxPenaltyYears, String conduct) {
    }

    public record Account(String number, String bank, String holder, LocalDate from, LocalDate to) {
    }

    public record Amount(double value, String currency, String what) {
    }

    public record DateFact(LocalDate date, String what) {
    }

    public record Asset(String id, String kind, String description, String identifier, String holder) {
    }

    public record Order(String kind, String issuedBy, LocalDate date, String reference, String remaining) {
    }

    public record Expectations(List<Measure> measures, Urgency urgency, Confidentiality confidentiality,
            List<String> refusalRisks, boolean informalRoutePossible, String legalBasis) {
    }

    public record Measure(String id, String kind, List<String> mustMention) {
    }

    public record Urgency(boolean required, String reasons, LocalDate deadline) {
    }

    public record Confidentiality(boolean required, String reason) {
    }

    /** A scenario-specific check, declared in the scenario's files. */
    public record Check(String id, String severity, Citation article, String section, List<String> requireAny,
            List<String> requireAll, List<String> forbid, String pattern, String message) {
    }

    public record RubricCriterion(String id, String title, int weight, Map<String, String> levels) {
    }

    public record Branching(String start, List<Step> steps, List<Ending> endings) {
        public Step step(String id) {
            return steps.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
        }

        /** The highest total a learner can reach (best choice at every step along the best path). */
        public int maxScore() {
            return best(start, new java.util.HashMap<>());
        }

        private int best(String stepId, Map<String, Integer> memo) {
            if (stepId == null || "end".equals(stepId)) {
                return 0;
            }
            Integer known = memo.get(stepId);
            if (known != null) {
                return known;
            }
            Step s = step(stepId);
            int value = s == null ? 0 : s.choices().stream().mapToInt(c -> c.score() + best(c.next(), memo)).max().orElse(0);
            memo.put(stepId, value);
            return value;
        }
    }

    public record Step(String id, String situationHtml, List<Choice> choices) {
    }

    public record Choice(String id, String text, String next, int score, String feedback, List<Citation> cites) {
    }

    public record Ending(int min, String text) {
    }
}
