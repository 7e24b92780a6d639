package org.palermoacademy.assignments;

import java.util.List;

/** What a CSV import did with every row of the file. */
public record ImportReport(List<Row> rows) {

    public enum Outcome { ADDED, PENDING, ALREADY_MEMBER, DUPLICATE_IN_FILE, INVALID_EMAIL, EMPTY, TOO_MANY, MALFORMED }

    /**
     * One row: its line in the file, the e-mail read (as written), the outcome, and the translation key
     * of the reason ({@code cohort.import.reason.<outcome>}).
     */
    public record Row(long line, String email, Outcome outcome) {

        public boolean accepted() {
            return outcome == Outcome.ADDED || outcome == Outcome.PENDING;
        }

        public String reasonKey() {
            return "cohort.import.reason." + outcome.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public long count(Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
