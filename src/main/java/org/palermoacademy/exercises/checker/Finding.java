package org.palermoacademy.exercises.checker;

import java.util.List;

/**
 * One thing the checker found. {@code messageKey} and {@code args} give the translatable message;
 * {@code message} is its English text (for the command line and logs). {@code section} is where the
 * learner should fix it; {@code offset} points into the whole draft text when the finding concerns a
 * particular passage (-1 otherwise).
 */
public record Finding(String ruleId, Severity severity, String article, String messageKey, List<String> args,
        String message, String section, int offset) {
}
