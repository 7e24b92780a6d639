package org.palermoacademy.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.palermoacademy.shared.Language;

/**
 * A lesson's place in its course, without its body: id, title, minutes, citations, the languages it
 * is translated into, and the hash of its English source (to tell a learner it changed).
 */
public record LessonRef(String id, String courseId, String moduleId, String title, int minutes, List<Citation> cites,
        Set<Language> languages, Map<Language, String> translatedTitles, String sourceHash, int words) {

    public String title(Language language) {
        return translatedTitles.getOrDefault(language, title);
    }
}
