package org.palermoacademy.assignments;

import java.time.LocalDate;
import java.util.Map;

/**
 * A cohort as its trainers see it. {@code zone} is the time zone its due dates are read in (an
 * assignment is due at the end of its due date there); {@code coTrainers} maps id to name.
 */
public record Cohort(String id, String name, String description, String language, LocalDate startDate,
        LocalDate endDate, String zone, String ownerId, String ownerName, Map<String, String> coTrainers,
        int learners, int pending, long version) {
}
