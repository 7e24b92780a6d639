package org.palermoacademy.catalog;

import org.palermoacademy.shared.Language;

/**
 * A lesson ready to show: sanitised HTML in the language asked for, or in English with
 * {@code fallback} set when no translation exists.
 */
public record Lesson(LessonRef ref, Language language, boolean fallback, String title, String html) {
}
