package org.palermoacademy.exercises;

import java.time.LocalDate;
import java.util.List;

/**
 * A draft laid out as a formal request letter, ready to export: letterhead, addressee, reference and
 * date, subject, the body in titled parts, and the signature block. All fields are plain text.
 */
public record RequestLetter(String title, String from, List<String> addressee, String reference, LocalDate date,
        String subject, List<Part> parts, String signature) {

    /** A titled part of the body (a section); {@code title} may be empty for free-form text. */
    public record Part(String title, String text) {
    }
}
