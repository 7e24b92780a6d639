package org.palermoacademy.exercises.checker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The editor's sections per request type, in order, with the headings free-form drafts may use. */
public final class Sections {

    public static final List<String> REQUEST = List.of("requesting-authority", "addressee", "legal-basis",
            "proceedings", "facts", "offences", "assistance", "persons", "purpose", "urgency", "confidentiality",
            "assurances", "contacts", "annexes");
    public static final List<String> EXTRADITION = List.of("requesting-authority", "addressee", "legal-basis",
            "person-sought", "proceedings", "facts", "offences", "assistance", "urgency", "assurances",
            "confidentiality", "contacts", "documents");
    public static final List<String> CONFISCATION = List.of("requesting-authority", "addressee", "legal-basis",
            "proceedings", "facts", "offences", "assistance", "persons", "property", "order", "purpose", "urgency",
            "confidentiality", "contacts", "annexes");
    public static final List<String> JIT = List.of("parties", "legal-basis", "purpose", "period", "area", "members",
            "operational-plan", "evidence", "confidentiality", "costs", "liability", "contacts");

    /** Words that, in a heading, announce each section (lower case). */
    static final Map<String, List<String>> HEADINGS = new LinkedHashMap<>();

    static {
        HEADINGS.put("requesting-authority", List.of("requesting authority", "authority making", "from:", "issuing authority"));
        HEADINGS.put("addressee", List.of("addressee", "channel", "to:", "transmission"));
        HEADINGS.put("legal-basis", List.of("legal basis", "basis for", "legal framework", "applicable law"));
        HEADINGS.put("proceedings", List.of("proceedings", "conducting authority", "investigation", "subject matter",
                "nature of"));
        HEADINGS.put("facts", List.of("facts", "summary of", "background", "circumstances"));
        HEADINGS.put("offences", List.of("offence", "offense", "penalt", "legal qualification", "charges"));
        HEADINGS.put("assistance", List.of("assistance", "measures", "request", "procedure", "action requested"));
        HEADINGS.put("persons", List.of("person", "identity", "subject"));
        HEADINGS.put("person-sought", List.of("person sought", "person to be extradited", "wanted person"));
        HEADINGS.put("purpose", List.of("purpose", "reason for the request"));
        HEADINGS.put("urgency", List.of("urgen", "deadline", "time limit", "timing"));
        HEADINGS.put("confidentiality", List.of("confidential", "use of information", "use of evidence"));
        HEADINGS.put("assurances", List.of("assurance", "guarantee", "undertaking"));
        HEADINGS.put("contacts", List.of("contact"));
        HEADINGS.put("annexes", List.of("annex", "enclosure", "attachment"));
        HEADINGS.put("documents", List.of("supporting documents", "documents"));
        HEADINGS.put("property", List.of("property", "assets"));
        HEADINGS.put("order", List.of("order and extent", "extent of execution", "confiscation order"));
        HEADINGS.put("parties", List.of("parties"));
        HEADINGS.put("period", List.of("period", "duration"));
        HEADINGS.put("area", List.of("area", "territor", "where the team"));
        HEADINGS.put("members", List.of("members", "composition", "team leader"));
        HEADINGS.put("operational-plan", List.of("operational plan", "action plan"));
        HEADINGS.put("evidence", List.of("evidence", "information exchange"));
        HEADINGS.put("costs", List.of("cost", "expense"));
        HEADINGS.put("liability", List.of("liabilit"));
    }

    private Sections() {
    }

    public static List<String> forType(String type) {
        return switch (type == null ? "" : type) {
            case "extradition" -> EXTRADITION;
            case "confiscation" -> CONFISCATION;
            case "jit" -> JIT;
            default -> REQUEST;
        };
    }
}
