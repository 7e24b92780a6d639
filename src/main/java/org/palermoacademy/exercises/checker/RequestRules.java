package org.palermoacademy.exercises.checker;

import static org.palermoacademy.exercises.checker.Rule.Hit;
import static org.palermoacademy.exercises.checker.Severity.ADVICE;
import static org.palermoacademy.exercises.checker.Severity.BLOCKING;
import static org.palermoacademy.exercises.checker.Severity.WARNING;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.palermoacademy.catalog.CountryProfile;
import org.palermoacademy.catalog.Scenario;

/** The rules every request shares: the elements of art. 18(15), addressee, language, legal basis, urgency... */
final class RequestRules {

    private RequestRules() {
    }

    static boolean request(CheckContext c) {
        return c.isType("mla", "confiscation", "extradition", "controlled-delivery");
    }

    static boolean assistanceRequest(CheckContext c) {
        return c.isType("mla", "confiscation");
    }

    static List<Rule> all() {
        return List.of(
                new Rule("REQ-AUTHORITY", BLOCKING, "art. 18(15)(a)", RequestRules::request, RequestRules::authority),
                new Rule("REQ-PROCEEDINGS", BLOCKING, "art. 18(15)(b)", RequestRules::assistanceRequest,
                        RequestRules::proceedings),
                new Rule("REQ-FACTS", BLOCKING, "art. 18(15)(c)",
                        c -> request(c) && !"service-of-documents".equals(c.variant()), RequestRules::facts),
                new Rule("REQ-ASSISTANCE", BLOCKING, "art. 18(15)(d)", RequestRules::request, RequestRules::assistance),
                new Rule("REQ-PERSONS", BLOCKING, "art. 18(15)(e)", RequestRules::request, RequestRules::persons),
                new Rule("REQ-PERSON-DETAILS", WARNING, "art. 18(15)(e)",
                        c -> request(c) && !c.extradition(), RequestRules::personDetails),
                new Rule("REQ-PURPOSE", BLOCKING, "art. 18(15)(f)", RequestRules::assistanceRequest, RequestRules::purpose),
                new Rule("REQ-ADDRESSEE", BLOCKING, "art. 18(13)", c -> c.isType("mla", "confiscation", "extradition"),
                        RequestRules::addressee),
                new Rule("REQ-LANGUAGE", BLOCKING, "art. 18(14)", RequestRules::request, RequestRules::language),
                new Rule("REQ-LEGAL-BASIS", BLOCKING, "art. 16(5)", c -> request(c) || c.isType("jit"),
                        RequestRules::legalBasis),
                new Rule("REQ-URGENCY-REASONS", WARNING, "art. 18(24)", RequestRules::request, RequestRules::urgencyReasons),
                new Rule("REQ-URGENCY-MISSING", WARNING, "art. 18(24)",
                        c -> request(c) && c.expects().urgency().required(), RequestRules::urgencyMissing),
                new Rule("REQ-CONFIDENTIALITY", WARNING, "art. 18(20)",
                        c -> (request(c) || c.isType("jit")) && c.expects().confidentiality().required(),
                        c -> c.draft().has(Patterns.CONFIDENTIAL) ? Rule.none() : Rule.one(Hit.at("confidentiality"))),
                new Rule("REQ-USE-LIMITATION", ADVICE, "art. 18(19)", RequestRules::assistanceRequest,
                        c -> c.draft().has(Patterns.USE_LIMIT) ? Rule.none() : Rule.one(Hit.at("confidentiality"))),
                new Rule("REQ-CONTACTS", ADVICE, "art. 18(15)(a)", c -> request(c) || c.isType("jit"),
                        c -> c.draft().has(Patterns.CONTACT_PHONE) || c.draft().has(Patterns.CONTACT_EMAIL)
                                ? Rule.none() : Rule.one(Hit.at("contacts"))),
                new Rule("REQ-PLAIN-LANGUAGE", ADVICE, "art. 18(14)", c -> true, RequestRules::plainLanguage),
                new Rule("REQ-INFORMAL-ROUTE", ADVICE, "art. 18(13)",
                        c -> request(c) && c.expects().informalRoutePossible(),
                        c -> c.draft().has(Patterns.INFORMAL) ? Rule.none() : Rule.one(Hit.at("addressee"))));
    }

    private static List<Hit> authority(CheckContext c) {
        Scenario.Authority a = c.facts().requestingAuthority();
        DraftText d = c.draft();
        boolean named = a.name() != null && d.mentionsNear(a.name(), 160);
        boolean conducting = c.facts().proceedings().conductingAuthority() != null
                && d.mentionsNear(c.facts().proceedings().conductingAuthority(), 160);
        return named || conducting ? Rule.none() : Rule.one(Hit.at("requesting-authority", a.name()));
    }

    private static List<Hit> proceedings(CheckContext c) {
        DraftText d = c.draft();
        Scenario.Proceedings p = c.facts().proceedings();
        boolean nature = d.has(Patterns.PROCEEDING_NATURE);
        boolean who = (p.conductingAuthority() != null && d.mentionsNear(p.conductingAuthority(), 160))
                || (p.reference() != null && d.mentionsIdentifier(p.reference()));
        if (nature && who) {
            return Rule.none();
        }
        return Rule.one(Hit.variant("proceedings", nature ? "authority" : "nature", String.valueOf(p.conductingAuthority())));
    }

    /**
     * A summary of the facts: a passage of at least 50 words (the facts section, or a paragraph, or up
     * to three consecutive paragraphs) that tells the conduct — several of the telling words of the
     * offences' conduct — together with a name, date or sum. Data lines and "see the annex" are not a summary.
     */
    private static List<Hit> facts(CheckContext c) {
        DraftText d = c.draft();
        List<String> conduct = FactAnchors.conduct(c);
        List<String> anchors = FactAnchors.of(c);
        if (d.hasSection("facts")) {
            return FactAnchors.summary(d.section("facts").orElse(""), conduct, anchors) ? Rule.none()
                    : Rule.one(Hit.at("facts"));
        }
        var paragraphs = d.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            StringBuilder window = new StringBuilder();
            for (int j = i; j < Math.min(paragraphs.size(), i + 2); j++) {
                window.append(paragraphs.get(j).getValue()).append('\n');
                if (FactAnchors.summary(window.toString(), conduct, anchors)) {
                    return Rule.none();
                }
            }
        }
        return Rule.one(Hit.at("facts"));
    }

    /**
     * Each measure the facts call for must be asked for: in the assistance section, or in a sentence
     * that also carries a request ("we ask", "to provide"...). Unticked form boxes do not count.
     */
    private static List<Hit> assistance(CheckContext c) {
        List<Hit> hits = new ArrayList<>();
        DraftText d = c.draft();
        String section = d.section("assistance").orElse("").replaceAll("(?m)^\\s*(\\[ \\]|☐).*$", "");
        List<String> sentences = d.requestSentences();
        for (Scenario.Measure m : c.expects().measures()) {
            Pattern p = Patterns.MEASURES.get(m.kind());
            if (p == null) {
                continue;
            }
            boolean asked = p.matcher(section).find() || sentences.stream().anyMatch(x -> p.matcher(x).find());
            // several measures of one kind (two accounts): each must be asked for, by its identifiers
            List<String> identifiers = m.mustMention().stream().filter(x -> x.matches(".*\\d.*\\d.*\\d.*"))
                    .filter(x -> Dates.all(x).isEmpty()).toList();
            boolean sameKindTwice = c.expects().measures().stream().filter(o -> o.kind().equals(m.kind())).count() > 1;
            if (asked && sameKindTwice && !identifiers.isEmpty()
                    && identifiers.stream().noneMatch(d::mentionsIdentifier)) {
                asked = false;
            }
            if (!asked) {
                hits.add(Hit.at("assistance", m.kind()));
            }
        }
        if (hits.isEmpty() && section.isBlank() && sentences.isEmpty()) {
            hits.add(Hit.variant("assistance", "verb"));
        }
        return hits;
    }

    private static final Pattern ASKING = Pattern.compile("\\b(ask|request|requests|seek|demande|prie)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Sentences that ask for something, without unticked checkbox lines. */
    static List<String> requestSentences(String text) {
        List<String> result = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.strip().startsWith("[ ]") || line.strip().startsWith("☐")) {
                continue;
            }
            for (String sentence : line.split("(?<=[.!?;])\\s+")) {
                if (Patterns.REQUEST_VERB.matcher(sentence).find()) {
                    result.add(sentence);
                }
            }
        }
        // sentences running over line breaks (numbered lists under "we ask the competent authorities to:")
        String ticked = text.replaceAll("(?m)^\\s*(\\[ \\]|☐).*$", "");
        Matcher m = ASKING.matcher(ticked);
        while (m.find()) {
            int from = Math.max(Math.max(0, m.start() - 40), ticked.lastIndexOf('.', m.start()) + 1);
            int dot = ticked.indexOf('.', m.end());
            int to = Math.min(ticked.length(), Math.min(m.end() + 600, dot < 0 ? ticked.length() : dot));
            result.add(ticked.substring(from, to));
        }
        return result;
    }

    private static List<Hit> persons(CheckContext c) {
        List<Hit> hits = new ArrayList<>();
        for (Scenario.Person p : c.facts().persons()) {
            if (!Names.mentioned(c.draft(), p.name())) {
                hits.add(Hit.at(c.extradition() ? "person-sought" : "persons", p.name()));
            }
        }
        return hits;
    }

    private static List<Hit> personDetails(CheckContext c) {
        List<Hit> hits = new ArrayList<>();
        DraftText d = c.draft();
        for (Scenario.Person p : c.facts().persons()) {
            if (!List.of("suspect", "accused", "witness", "sentenced").contains(p.role())
                    || !Names.mentioned(d, p.name())) {
                continue;
            }
            boolean nationality = p.nationality() == null || d.mentions(p.nationality())
                    || d.mentions(stem(p.nationality()));
            boolean where = p.location() == null || d.mentionsNear(p.location(), 80)
                    || (p.address() != null && d.mentionsNear(p.address(), 80));
            if (!nationality || !where) {
                hits.add(Hit.at("persons", p.name()));
            }
        }
        return hits;
    }

    private static String stem(String nationality) {
        return nationality.length() > 5 ? nationality.substring(0, nationality.length() - 2) : nationality;
    }

    private static List<Hit> purpose(CheckContext c) {
        DraftText d = c.draft();
        boolean section = d.section("purpose").map(t -> DraftText.wordCount(t) >= 8).orElse(false);
        return section || d.has(Patterns.PURPOSE) || labelledPurpose(d) ? Rule.none() : Rule.one(Hit.at("purpose"));
    }

    /** "Purpose: ..." or "12. Purpose. The files are needed ..." followed by at least five words of content. */
    static boolean labelledPurpose(DraftText d) {
        Matcher m = Patterns.PURPOSE_LABEL.matcher(d.text());
        while (m.find()) {
            String rest = d.text().substring(m.end(), Math.min(d.text().length(), m.end() + 400));
            // the content under the label, up to the next numbered field or heading
            String first = rest.split("(?m)^\\s*(\\d{1,2}[.)]|#|[A-Z][A-Z ]{3,}:?$)", 2)[0];
            first = first.split("(?<=[.!?])\\s", 2)[0];
            if (DraftText.wordCount(first) < 5) {
                String[] sentences = rest.split("(?m)^\\s*(\\d{1,2}[.)]|#)", 2)[0].split("(?<=[.!?])\\s+");
                first = sentences.length > 1 ? sentences[1] : first;
            }
            if (first.strip().startsWith("-") && DraftText.wordCount(first) < 2) {
                continue;
            }
            if (DraftText.wordCount(first) >= 5 && !Patterns.USE_LIMIT.matcher(first).find()) {
                return true;
            }
        }
        return false;
    }

    private static List<Hit> addressee(CheckContext c) {
        CountryProfile to = c.requested();
        boolean ext = c.extradition();
        DraftText d = c.draft();
        boolean diplomatic = to.diplomaticChannel(ext);
        CountryProfile.Authority authority = to.authority(ext);
        boolean named = d.mentionsAll(authority.coreName(), 160);
        boolean diplomaticRoute = d.has(Patterns.DIPLOMATIC);
        List<Hit> hits = new ArrayList<>();
        if (diplomatic && !diplomaticRoute) {
            hits.add(Hit.variant("addressee", "diplomatic", to.name()));
        } else if (!diplomatic && !named) {
            hits.add(Hit.at("addressee", authority.coreName(), to.name()));
        }
        boolean viaInterpol = Patterns.ci("(through|via|by) (the )?interpol|interpol channel").matcher(d.text()).find();
        if (viaInterpol && !to.urgentViaInterpol()) {
            hits.add(Hit.variant("addressee", "interpol", to.name()));
        }
        return hits;
    }

    private static final Map<String, String> LANGUAGE_NAMES = Map.ofEntries(
            Map.entry("english", "en"), Map.entry("anglais", "en"), Map.entry("french", "fr"),
            Map.entry("français", "fr"), Map.entry("francais", "fr"), Map.entry("spanish", "es"),
            Map.entry("español", "es"), Map.entry("espagnol", "es"), Map.entry("russian", "ru"), Map.entry("russe", "ru"),
            Map.entry("arabic", "ar"), Map.entry("arabe", "ar"), Map.entry("chinese", "zh"), Map.entry("chinois", "zh"));
    private static final Pattern LANGUAGE_WORD = Patterns.ci("\\b(english|anglais|french|français|francais|spanish|"
            + "español|espagnol|russian|russe|arabic|arabe|chinese|chinois)\\b");

    private static List<Hit> language(CheckContext c) {
        List<String> accepted = c.requested().languages();
        String written = Languages.detect(c.draft().text());
        if (accepted.contains(written)) {
            return Rule.none();
        }
        // written in a language the requested State does not accept: a translation must be announced
        Matcher t = Patterns.TRANSLATION.matcher(c.draft().text());
        boolean acceptedTranslation = false;
        List<String> otherTranslations = new ArrayList<>();
        while (t.find()) {
            String around = c.draft().text().substring(Math.max(0, t.start() - 120),
                    Math.min(c.draft().text().length(), t.end() + 120));
            Matcher l = LANGUAGE_WORD.matcher(around);
            while (l.find()) {
                String code = LANGUAGE_NAMES.get(l.group(1).toLowerCase(Locale.ROOT));
                if (accepted.contains(code)) {
                    acceptedTranslation = true;
                } else if (!code.equals(written)) {
                    otherTranslations.add(code);
                }
            }
        }
        if (acceptedTranslation) {
            return Rule.none();
        }
        String names = String.join(", ", c.requested().languageNames());
        return Rule.one(otherTranslations.isEmpty() ? Hit.at("annexes", c.requested().name(), names)
                : Hit.variant("annexes", "wrong", c.requested().name(), names));
    }

    private static List<Hit> legalBasis(CheckContext c) {
        DraftText d = c.draft();
        boolean untoc = d.has(Patterns.UNTOC);
        boolean treaty = d.has(Patterns.TREATY);
        boolean reciprocity = d.has(Patterns.RECIPROCITY);
        if (c.isType("jit")) {
            return untoc || treaty || d.has(Patterns.ci("art\\.\\s?19|article 19")) ? Rule.none()
                    : Rule.one(Hit.at("legal-basis"));
        }
        if (!untoc && !treaty && !reciprocity) {
            return Rule.one(Hit.at("legal-basis"));
        }
        String basis = c.expects().legalBasis();
        boolean acceptsUntoc = c.extradition() ? c.requested().untocBasisForExtradition()
                : c.requested().untocBasisForMla();
        if (untoc && !acceptsUntoc && !treaty && !reciprocity) {
            return Rule.one(Hit.variant("legal-basis", c.extradition() ? "untoc-extradition" : "untoc-refused",
                    c.requested().name()));
        }
        if (basis != null && basis.startsWith("treaty:") && !treaty) {
            String id = basis.substring(7);
            String name = c.requesting().treaties().stream().filter(t -> t.id().equals(id)).map(CountryProfile.Treaty::name)
                    .findFirst().orElse(id);
            return Rule.one(Hit.variant("legal-basis", c.extradition() ? "treaty-required" : "treaty-preferred", name));
        }
        return Rule.none();
    }

    private static List<Hit> urgencyReasons(CheckContext c) {
        DraftText d = c.draft();
        Matcher m = Patterns.URGENCY_CLAIM.matcher(d.text());
        if (!m.find()) {
            return Rule.none();
        }
        boolean deadline = Deadlines.present(d, c.today());
        boolean reasons = Patterns.REASON.matcher(d.text()).find();
        if (deadline && reasons) {
            return Rule.none();
        }
        return Rule.one(Hit.variant("urgency", deadline ? "reasons" : "deadline").offset(m.start()));
    }

    private static List<Hit> urgencyMissing(CheckContext c) {
        DraftText d = c.draft();
        boolean claimed = d.has(Patterns.URGENCY_CLAIM);
        boolean deadline = Deadlines.present(d, c.today());
        return claimed || deadline ? Rule.none() : Rule.one(Hit.at("urgency"));
    }

    private static List<Hit> plainLanguage(CheckContext c) {
        DraftText d = c.draft();
        Matcher j = Patterns.JARGON.matcher(d.text());
        if (j.find()) {
            return Rule.one(Hit.variant(d.sectionAt(j.start()), "jargon", j.group()).offset(j.start()));
        }
        String t = d.text();
        int start = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '.' || ch == '!' || ch == '?' || ch == ';' || ch == ':' || ch == '\n') {
                if (words > 60) {
                    return Rule.one(Hit.variant(d.sectionAt(start), "long", String.valueOf(words)).offset(start));
                }
                words = 0;
                inWord = false;
                start = i + 1;
            } else if (Character.isLetterOrDigit(ch)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (Character.isWhitespace(ch)) {
                inWord = false;
            }
        }
        return Rule.none();
    }
}
