package org.palermoacademy.catalog.internal;

import java.util.Map;
import org.palermoacademy.shared.Language;

/** A lesson's Markdown bodies and titles by language. */
public record LessonSource(String courseId, String file, Map<Language, String> bodies, Map<Language, String> titles) {
}
