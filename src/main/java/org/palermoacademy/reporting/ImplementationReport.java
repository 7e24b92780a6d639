package org.palermoacademy.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Training delivered in a period, as a secretariat reports it to the Conference of the Parties: per
 * course, exercise, programme, article, audience, country and network — enrolments, completions,
 * exercises graded and certificates issued. A course citing several articles counts under each.
 * {@code networkId} is null for all networks. Sections are keyed "course", "exercise", "programme",
 * "article", "audience", "country", "network".
 */
public record ImplementationReport(LocalDate from, LocalDate to, String networkId, Instant at,
        Map<String, List<Line>> sections, Line total) {

    public static final List<String> SECTIONS = List.of("course", "exercise", "programme", "article", "audience",
            "country", "network");

    /** One line: what is counted ({@code key}, e.g. a course id or "18"), its label and the four figures. */
    public record Line(String key, String label, int enrolments, int completions, int graded, int certificates) {

        Line plus(String type) {
            return new Line(key, label, enrolments + ("enrolment".equals(type) ? 1 : 0),
                    completions + ("completion".equals(type) ? 1 : 0), graded + ("graded".equals(type) ? 1 : 0),
                    certificates + ("certificate".equals(type) ? 1 : 0));
        }
    }
}
