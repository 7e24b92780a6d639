package org.palermoacademy.catalog;

import java.time.Period;
import java.util.List;
import java.util.Map;
import org.palermoacademy.shared.Language;

/**
 * A certification programme ({@code content/programmes/<id>.yaml}): the courses to complete and the
 * drafting exercises to have graded at or above a mark, how long the certificate stays valid, and what
 * renews it. {@code file} is the programme's file relative to the content root; {@code translations}
 * holds translated titles and descriptions per language (never English).
 */
public record Programme(String id, String title, String description, String file,
        List<String> requiredCourses, List<ExerciseRequirement> requiredExercises,
        Period validity, int renewalWindowDays, Renewal renewal,
        Map<Language, Text> translations) {

    /** A drafting exercise (scenario id) whose trainer grade must reach {@code minPercent}. */
    public record ExerciseRequirement(String scenarioId, int minPercent) {
    }

    /** Renewal needs any ONE of these, completed (course) or graded at or above minPercent (exercise) inside the renewal window. */
    public record Renewal(List<String> courses, List<ExerciseRequirement> exercises) {
    }

    /** A translated title and description; either may be null, and then English is shown. */
    public record Text(String title, String description) {
    }

    /** Title in a language, falling back to English. */
    public String title(Language lang) {
        Text t = lang == null ? null : translations.get(lang);
        return t != null && t.title() != null ? t.title() : title;
    }

    /** Description in a language, falling back to English. */
    public String description(Language lang) {
        Text t = lang == null ? null : translations.get(lang);
        return t != null && t.description() != null ? t.description() : description;
    }
}
