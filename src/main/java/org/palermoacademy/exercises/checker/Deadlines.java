package org.palermoacademy.exercises.checker;

import java.time.LocalDate;

/** A deadline: a date after today written with "by", "before", "no later than" or similar just before it. */
final class Deadlines {

    private Deadlines() {
    }

    static boolean present(DraftText d, LocalDate today) {
        if (Patterns.ci("\\b(today|tonight|this (evening|morning|afternoon)|within \\d{1,3} hours|before (he|she|they) "
                + "(boards?|leaves?|departs?)|aujourd.hui|ce soir)\\b").matcher(d.text()).find()) {
            return true;
        }
        for (Dates.Found f : d.dates()) {
            if (!f.date().isBefore(today)) {
                String before = d.text().substring(Math.max(0, f.offset() - 60), f.offset());
                if (Patterns.DEADLINE_WORD.matcher(before).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
