package org.palermoacademy.exercises.ui;

import com.vaadin.flow.component.Component;
import java.util.Set;

/** Translates the vocabulary ids the checker passes as message arguments (measure kinds, risks, JIT parts). */
final class Terms {

    static final Set<String> KNOWN = Set.of("bank-records", "witness-hearing", "videoconference", "search", "seizure",
            "service", "preservation", "production", "freezing", "confiscation", "arrest", "provisional-arrest",
            "surrender", "controlled-delivery", "jit", "death-penalty", "political-offence", "fiscal", "nationality",
            "in-absentia", "dual-criminality", "military", "ne-bis-in-idem", "parties", "purpose", "period", "area",
            "members", "operational-plan", "evidence", "costs", "liability");

    private Terms() {
    }

    static String translate(Component c, String arg) {
        return KNOWN.contains(arg) ? c.getTranslation("term." + arg) : arg;
    }
}
