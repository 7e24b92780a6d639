package org.palermoacademy.catalog;

import java.util.List;
import java.util.Map;
import org.palermoacademy.shared.Language;

/** A module of a course: an ordered list of lessons and an optional module quiz. */
public record CourseModule(String id, String title, List<String> outcomes, List<LessonRef> lessons, Quiz quiz,
        Map<Language, String> translatedTitles) {

    public String title(Language language) {
        return translatedTitles.getOrDefault(language, title);
    }
}
