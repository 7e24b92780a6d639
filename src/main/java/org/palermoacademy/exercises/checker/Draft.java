package org.palermoacademy.exercises.checker;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request as the learner wrote it: either the editor's sections (section id to text) or one
 * free-form text (a letter, a note verbale, a filled model form, Markdown or plain text).
 */
public record Draft(Map<String, String> sections, String freeText) {

    public static Draft ofSections(Map<String, String> sections) {
        return new Draft(new LinkedHashMap<>(sections), null);
    }

    public static Draft ofText(String text) {
        return new Draft(Map.of(), text == null ? "" : text);
    }

    public boolean freeForm() {
        return freeText != null;
    }
}
