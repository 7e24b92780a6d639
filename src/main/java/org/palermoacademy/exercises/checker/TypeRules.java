package org.palermoacademy.exercises.checker;

import static org.palermoacademy.exercises.checker.Rule.Hit;
import static org.palermoacademy.exercises.checker.Severity.ADVICE;
import static org.palermoacademy.exercises.checker.Severity.BLOCKING;
import static org.palermoacademy.exercises.checker.Severity.WARNING;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.palermoacademy.catalog.Scenario;

/** Rules of particular request types, and the quality rules (specific measures, conduct, refusal risks). */
final class TypeRules {

    private static final Set<String> COERCIVE = Set.of("search", "seizure", "freezing", "confiscation", "arrest",
            "provisional-arrest", "surrender", "production", "preservation", "bank-records");

    private TypeRules() {
    }

    static List<Rule> all() {
        return List.of(
                new Rule("MEA-SPECIFIC", WARNING, "art. 18(15)(d)", c -> RequestRules.request(c),
                        TypeRules::specific),
                new Rule("MEA-VAGUE", WARNING, "art. 18(15)(d)", c -> RequestRules.request(c), TypeRules::vague),
                new Rule("DC-CONDUCT", WARNING, "art. 16(1)", TypeRules::dualCriminalityMatters, TypeRules::conduct),
                new Rule("RISK-GROUNDS", WARNING, "art. 18(21)", RequestRules::request, TypeRules::risks),
                new Rule("EXT-ASSURANCE", BLOCKING, "art. 16(7)",
                        c -> c.extradition() && c.expects().refusalRisks().contains("death-penalty"),
                        c -> c.draft().has(Patterns.DEATH_PENALTY) && c.draft().has(Patterns.ASSURANCE) ? Rule.none()
                                : Rule.one(Hit.at("assurances"))),
                new Rule("EXT-PERSON", BLOCKING, "art. 16(7)", CheckContext::extradition, TypeRules::personSought),
                new Rule("EXT-PROVISIONS", BLOCKING, "art. 16(7)", CheckContext::extradition, TypeRules::provisions),
                new Rule("EXT-LIMITATION", WARNING, "art. 16(7)", c -> c.extradition()
                        && !"enforcement".equals(c.variant()),
                        c -> c.draft().has(Patterns.LIMITATION) ? Rule.none() : Rule.one(Hit.at("offences"))),
                new Rule("EXT-WARRANT", BLOCKING, "art. 16(7)", c -> c.extradition()
                        && !"enforcement".equals(c.variant()), TypeRules::warrant),
                new Rule("EXT-JUDGMENT", BLOCKING, "art. 16(12)", c -> c.extradition()
                        && "enforcement".equals(c.variant()), TypeRules::judgment),
                new Rule("EXT-PROVISIONAL", BLOCKING, "art. 16(9)", c -> c.extradition()
                        && "provisional-arrest".equals(c.variant()), TypeRules::provisional),
                new Rule("EXT-NATIONALS", ADVICE, "art. 16(10)", TypeRules::nationalSought,
                        c -> c.draft().has(Patterns.ci("16\\(10\\)|prosecut\\w* (him|her|the person)|submit the case|"
                                + "aut dedere|extradite or prosecute|own national")) ? Rule.none()
                                : Rule.one(Hit.at("assurances"))),
                new Rule("CONF-13-3", BLOCKING, "art. 13(3)", c -> c.isType("confiscation"), TypeRules::route),
                new Rule("CONF-PROPERTY", BLOCKING, "art. 13(3)", c -> c.isType("confiscation"), TypeRules::property),
                new Rule("CONF-RETURN", WARNING, "art. 14(2)", c -> c.isType("confiscation")
                        && c.scenario().returnOfProceeds(),
                        c -> c.draft().has(Patterns.RETURN) ? Rule.none() : Rule.one(Hit.at("order"))),
                new Rule("CONF-THIRD-PARTY", ADVICE, "art. 12(8)", c -> c.isType("confiscation")
                        && c.facts().persons().stream().anyMatch(p -> Set.of("third-party", "account-holder")
                        .contains(p.role())),
                        c -> c.draft().has(Patterns.THIRD_PARTY) ? Rule.none() : Rule.one(Hit.at("property"))),
                new Rule("JIT-ELEMENT", BLOCKING, "art. 19", c -> c.isType("jit"), TypeRules::jitElements),
                new Rule("CD-CONSIGNMENT", BLOCKING, "art. 20(1)", c -> c.isType("controlled-delivery"),
                        TypeRules::consignment),
                new Rule("CD-INTACT", BLOCKING, "art. 20(4)", c -> c.isType("controlled-delivery"),
                        c -> c.draft().has(Patterns.INTACT) ? Rule.none() : Rule.one(Hit.at("assistance"))),
                new Rule("CD-CONTACT", WARNING, "art. 20(1)", c -> c.isType("controlled-delivery"),
                        c -> c.draft().has(Patterns.ROUND_THE_CLOCK) ? Rule.none() : Rule.one(Hit.at("contacts"))));
    }

    private static List<Hit> specific(CheckContext c) {
        List<Hit> hits = new ArrayList<>();
        for (Scenario.Measure m : c.expects().measures()) {
            List<String> missing = m.mustMention().stream().filter(x -> !present(c.draft(), x)).toList();
            if (!missing.isEmpty()) {
                hits.add(Hit.at("assistance", m.kind(), String.join("; ", missing)));
            }
        }
        return hits;
    }

    /** A required detail: identifiers compared without spaces, words and names near each other, dates in any format. */
    static boolean present(DraftText d, String item) {
        if (presentExact(d, item)) {
            return true;
        }
        return Names.mentioned(d, item) || DraftText.significantWords(item).size() >= 2 && d.mentionsNear(item, 60);
    }

    /** A phrase as written (any case or spacing), an identifier without spaces, or the same date or sum. */
    static boolean presentExact(DraftText d, String item) {
        if (d.mentions(item) || d.mentionsIdentifier(item) && item.matches(".*\\d.*\\d.*\\d.*")) {
            return true;
        }
        List<Dates.Found> asDate = Dates.all(item);
        if (asDate.size() == 1) {
            return d.dates().stream().anyMatch(x -> x.date().equals(asDate.getFirst().date()));
        }
        List<Amounts.Found> asAmount = Amounts.all(item);
        if (asAmount.size() == 1) {
            return Amounts.all(d.text()).stream().anyMatch(x -> Math.abs(x.value() - asAmount.getFirst().value()) < 1);
        }
        return false;
    }

    private static List<Hit> vague(CheckContext c) {
        Matcher m = Patterns.VAGUE.matcher(c.draft().text());
        if (m.find()) {
            return Rule.one(Hit.at(ConsistencyRules.section(c, m.start(), "assistance"), m.group()).offset(m.start()));
        }
        return Rule.none();
    }

    static boolean dualCriminalityMatters(CheckContext c) {
        if (!RequestRules.request(c) || c.facts().offences().isEmpty()) {
            return false;
        }
        if (c.extradition() || c.expects().refusalRisks().contains("dual-criminality")) {
            return true;
        }
        String stance = c.requested().dualCriminalityMla();
        boolean coercive = c.expects().measures().stream().anyMatch(m -> COERCIVE.contains(m.kind()));
        return "required".equals(stance) || "coercive-only".equals(stance) && coercive;
    }

    /**
     * Dual criminality is shown by describing what the person did, not by naming the offence: the
     * draft must carry a good part of the conduct's telling words, and a sentence that asserts dual
     * criminality must not rest on labels alone.
     */
    private static List<Hit> conduct(CheckContext c) {
        DraftText d = c.draft();
        List<String> words = FactAnchors.conduct(c);
        long found = words.stream().filter(d.lower()::contains).count();
        if (!words.isEmpty() && found * 100 / words.size() < 30) {
            return Rule.one(Hit.at("offences"));
        }
        Matcher m = Patterns.DUAL_CRIMINALITY.matcher(d.text());
        while (m.find()) {
            String argument = sentenceAt(d, m.start());
            if (DraftText.wordCount(argument) < 6) {
                // a heading such as "Dual criminality." : the argument is the next sentence
                argument = sentenceAt(d, Math.min(d.text().length() - 1, m.end() + 2));
            }
            String lower = argument.toLowerCase(java.util.Locale.ROOT);
            boolean conductWords = words.stream().map(w -> w.substring(0, Math.min(6, w.length()))).distinct()
                    .filter(lower::contains).count() >= 2
                    || Patterns.ci("\\bconduct|\\bacts?\\b|consist|namely|in that|by (submitting|transferring|"
                    + "using|forging|recruiting|smuggling|receiving|concealing|importing|bringing|moving|placing)")
                    .matcher(argument).find();
            if (!conductWords) {
                return Rule.one(Hit.variant(ConsistencyRules.section(c, m.start(), "offences"), "label").offset(m.start()));
            }
        }
        return Rule.none();
    }

    /** The sentence around an offset (between [.!?] or blank lines; single line breaks do not end it). */
    static String sentenceAt(DraftText d, int offset) {
        String t = d.text();
        int start = offset;
        while (start > 0 && !boundary(t, start - 1)) {
            start--;
        }
        int end = offset;
        while (end < t.length() && !boundary(t, end)) {
            end++;
        }
        return t.substring(start, Math.min(t.length(), end + 1));
    }

    private static final Set<String> ABBREVIATIONS = Set.of("art", "arts", "no", "nos", "mr", "ms", "mrs", "dr", "st",
            "cf", "para", "ref", "ltd", "co", "p", "pp", "vol", "e.g", "i.e");

    private static boolean boundary(String t, int i) {
        char ch = t.charAt(i);
        if (ch == '.') {
            int j = i;
            while (j > 0 && (Character.isLetter(t.charAt(j - 1)) || t.charAt(j - 1) == '.')) {
                j--;
            }
            if (ABBREVIATIONS.contains(t.substring(j, i).toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return ".!?".indexOf(ch) >= 0
                || ch == '\n' && (i + 1 < t.length() && t.charAt(i + 1) == '\n' || i > 0 && t.charAt(i - 1) == '\n');
    }

    private static final Map<String, Pattern> RISKS = Map.of(
            "political-offence", Patterns.ci("political"),
            "fiscal", Patterns.ci("fiscal|\\btax|18\\(22\\)|16\\(15\\)|revenue"),
            "in-absentia", Patterns.ci("absentia|in (his|her|their) absence|re-?trial|rehearing|default judgment|"
                    + "(attended|present at|appeared at) the appeal|par d[ée]faut|en rebeld[ií]a"),
            "nationality", Patterns.ci("16\\(10\\)|national|prosecut"),
            "military", Patterns.ci("military"),
            "ne-bis-in-idem", Patterns.ci("ne bis in idem|double jeopardy|not (been|already) (tried|prosecuted|convicted)"),
            "death-penalty", Patterns.ci("death penalty|capital punishment|death sentence"));

    private static List<Hit> risks(CheckContext c) {
        List<Hit> hits = new ArrayList<>();
        for (String risk : c.expects().refusalRisks()) {
            Pattern p = RISKS.get(risk);
            if (p != null && !c.draft().has(p)) {
                hits.add(Hit.at("assurances", risk));
            }
        }
        return hits;
    }

    /** The person (or persons) sought: the sentenced person for enforcement, the accused or suspect otherwise. */
    static List<Scenario.Person> sought(CheckContext c) {
        Set<String> roles = "enforcement".equals(c.variant()) ? Set.of("sentenced") : Set.of("accused", "suspect");
        List<Scenario.Person> people = c.facts().persons().stream().filter(p -> roles.contains(p.role())).toList();
        String requested = c.requested().name().substring(c.requested().name().lastIndexOf(' ') + 1);
        List<Scenario.Person> there = people.stream().filter(p -> p.location() != null && p.location().contains(requested))
                .toList();
        if (!there.isEmpty()) {
            return there;
        }
        return people.isEmpty() ? c.facts().persons().stream().filter(p -> Set.of("suspect", "accused", "sentenced")
                .contains(p.role())).toList() : people;
    }

    private static List<Hit> personSought(CheckContext c) {
        List<Hit> hits = new ArrayList<>();
        DraftText d = c.draft();
        for (Scenario.Person p : sought(c)) {
            List<Integer> at = occurrences(d, p.name());
            if (at.isEmpty()) {
                continue; // REQ-PERSONS reports a missing name
            }
            List<String> missing = new ArrayList<>();
            if (p.nationality() != null && !near(d, at, Patterns.ci("nationality|citizen|national of|"
                    + java.util.regex.Pattern.quote(p.nationality()) + "( |,)*(national|citizen)|\\(" 
                    + java.util.regex.Pattern.quote(p.nationality()) + "|, " + java.util.regex.Pattern.quote(p.nationality())
                    + ","), 200)) {
                missing.add("nationality");
            }
            boolean born = p.born() == null || d.dates().stream().anyMatch(x -> x.date().equals(p.born()))
                    || near(d, at, Patterns.ci("\\bborn\\b|date of birth|\\bDOB\\b|n[ée] le"), 400);
            if (!born) {
                missing.add("date of birth");
            }
            boolean where = (p.location() != null && d.mentionsNear(p.location(), 80))
                    || (p.address() != null && d.mentionsNear(p.address(), 80))
                    || near(d, at, Patterns.ci("(located|resid\\w*|living|lives|address|detained|held|staying) (at|in)"), 400);
            if (!where) {
                missing.add("location");
            }
            if (!missing.isEmpty()) {
                hits.add(Hit.at("person-sought", p.name(), String.join(", ", missing)));
            }
        }
        return hits;
    }

    static List<Integer> occurrences(DraftText d, String name) {
        List<Integer> at = new ArrayList<>();
        String surname = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        int from = 0;
        while (surname.length() >= 3 && (from = d.lower().indexOf(surname, from)) >= 0) {
            at.add(from);
            from++;
        }
        return Names.mentioned(d, name) ? at : List.of();
    }

    static boolean near(DraftText d, List<Integer> offsets, Pattern p, int window) {
        for (int at : offsets) {
            String around = d.text().substring(Math.max(0, at - window), Math.min(d.text().length(), at + window));
            if (p.matcher(around).find()) {
                return true;
            }
        }
        return false;
    }

    private static final String[] NUMBERS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty"};

    private static List<Hit> provisions(CheckContext c) {
        List<Hit> hits = new ArrayList<>();
        DraftText d = c.draft();
        boolean penaltyMissing = false;
        for (Scenario.Offence o : c.facts().offences()) {
            if (o.provision() == null) {
                continue;
            }
            Matcher number = Pattern.compile("\\d+").matcher(o.provision());
            boolean provision = number.find() && Pattern.compile("(article|art\\.|section|s\\.|§)\\s?" + number.group()
                    + "\\b", Pattern.CASE_INSENSITIVE).matcher(d.text()).find();
            if (!provision) {
                hits.add(Hit.at("offences", o.label(), o.provision()));
            } else if (o.maxPenaltyYears() > 0 && !statutoryPenalty(d, o.maxPenaltyYears())) {
                penaltyMissing = true;
            }
        }
        if (hits.isEmpty() && penaltyMissing) {
            hits.add(Hit.variant("offences", "penalty"));
        }
        return hits;
    }

    /** The maximum penalty written as law states it: "up to 12 years", "4 to 12 years", "punishable by twelve years". */
    static boolean statutoryPenalty(DraftText d, int years) {
        String n = "(" + years + (years < NUMBERS.length ? "|" + NUMBERS[years] : "") + ")";
        return Patterns.ci("(up to|maximum( penalty| sentence)?( of| is)?|max\\.?|not exceeding|punishable (by|with)"
                + "( up to)?|\\d{1,2} (to|-|–)|imprisonment of|jusqu.[àa]|hasta) ?" + n + "[- ]years?|" + n
                + "[- ]years?[^.]{0,40}(maximum|imprisonment|prison|d.emprisonnement)").matcher(d.text()).find();
    }

    private static List<Hit> warrant(CheckContext c) {
        boolean named = c.draft().has(Patterns.WARRANT);
        boolean identified = c.facts().orders().stream().filter(o -> o.kind().contains("warrant"))
                .anyMatch(o -> (o.reference() != null && c.draft().mentionsIdentifier(o.reference()))
                        || (o.date() != null && c.draft().dates().stream().anyMatch(x -> x.date().equals(o.date()))));
        boolean noWarrantInFacts = c.facts().orders().stream().noneMatch(o -> o.kind().contains("warrant"));
        return named && (identified || noWarrantInFacts) ? Rule.none() : Rule.one(Hit.at("documents"));
    }

    /** The judgment identified (its date or reference, or court and "final"), and the time left to serve. */
    private static List<Hit> judgment(CheckContext c) {
        DraftText d = c.draft();
        var judgments = c.facts().orders().stream().filter(o -> o.kind().contains("judgment")).toList();
        boolean identified = d.has(Patterns.JUDGMENT) && (judgments.isEmpty() || judgments.stream().anyMatch(o ->
                (o.reference() != null && d.mentionsIdentifier(o.reference()))
                        || (o.date() != null && d.dates().stream().anyMatch(x -> x.date().equals(o.date())))));
        boolean remaining = d.has(Patterns.REMAINING) || c.facts().orders().stream()
                .anyMatch(o -> o.remaining() != null && d.mentions(o.remaining()));
        if (identified && remaining) {
            return Rule.none();
        }
        return Rule.one(Hit.variant("documents", identified ? "remaining" : "judgment"));
    }

    private static List<Hit> consignment(CheckContext c) {
        DraftText d = c.draft();
        List<String> identifiers = c.expects().measures().stream().flatMap(m -> m.mustMention().stream())
                .filter(x -> x.matches(".*\\d.*\\d.*\\d.*") && Dates.all(x).isEmpty()).toList();
        boolean identified = identifiers.isEmpty() ? d.has(Patterns.ci("container (no|number|[A-Z]{4}\\s?\\d)"))
                : identifiers.stream().anyMatch(d::mentionsIdentifier);
        boolean goods = d.has(Patterns.CONSIGNMENT) && identified && d.has(Patterns.ci("\\d+\\s?(kg|kilo|kilograms?|"
                + "tonnes?|packages|bricks|parcels|units)|cocaine|heroin|drugs?|narcotic|cannabis|firearms|weapons"));
        boolean route = false;
        Matcher m = Patterns.ROUTE.matcher(d.text());
        while (m.find() && !route) {
            int at = m.start();
            String around = d.text().substring(Math.max(0, at - 200), Math.min(d.text().length(), at + 200));
            route = !Dates.all(around).isEmpty();
        }
        return goods && route ? Rule.none() : Rule.one(Hit.at("facts"));
    }

    private static List<Hit> provisional(CheckContext c) {
        DraftText d = c.draft();
        List<Hit> hits = new ArrayList<>();
        if (!d.has(Patterns.FLIGHT)) {
            hits.add(Hit.variant("urgency", "flight"));
        }
        if (!d.has(Patterns.FULL_REQUEST)) {
            hits.add(Hit.variant("assistance", "undertaking"));
        }
        return hits;
    }

    private static boolean nationalSought(CheckContext c) {
        if (!c.extradition() || c.requested().extraditesNationals()) {
            return false;
        }
        String adjective = c.requested().adjective();
        return c.facts().persons().stream().anyMatch(p -> p.nationality() != null && adjective != null
                && p.nationality().contains(adjective));
    }

    private static List<Hit> route(CheckContext c) {
        DraftText d = c.draft();
        return switch (c.variant()) {
            case "own-order" -> d.has(Patterns.OWN_ORDER) ? Rule.none() : Rule.one(Hit.variant("order", "own-order"));
            case "foreign-order" -> {
                List<Hit> hits = new ArrayList<>();
                if (!d.has(Patterns.ORDER_COPY)) {
                    hits.add(Hit.variant("order", "copy"));
                }
                if (!d.has(Patterns.EXTENT)) {
                    hits.add(Hit.variant("order", "extent"));
                }
                yield hits;
            }
            default -> d.has(Patterns.MEASURES.get("freezing")) ? Rule.none() : Rule.one(Hit.variant("assistance", "freezing"));
        };
    }

    private static List<Hit> property(CheckContext c) {
        List<Hit> hits = new ArrayList<>();
        for (Scenario.Asset a : c.facts().assets()) {
            if (!c.draft().mentionsIdentifier(a.identifier())) {
                hits.add(Hit.at("property", a.identifier(), a.description() == null ? "" : a.description()));
            }
        }
        return hits;
    }

    private static final Map<String, Pattern> JIT = new java.util.LinkedHashMap<>();

    static {
        JIT.put("parties", Patterns.ci("\\bparties\\b|between the (competent )?authorit|the undersigned|agree as follows"));
        JIT.put("purpose", Patterns.ci("purpose|objective|aim of the team"));
        JIT.put("period", Patterns.ci("(\\d{1,2}|twelve|eighteen|twenty-four|six) months|period of|duration|until \\d"));
        JIT.put("area", Patterns.ci("territor|\\barea\\b|operate in|on the territory"));
        JIT.put("members", Patterns.ci("team leader|leader of the team|members? of the team|seconded members|composition"));
        JIT.put("operational-plan", Patterns.ci("operational (action )?plan|action plan"));
        JIT.put("evidence", Patterns.ci("evidence|information (gathered|obtained|exchange)"));
        JIT.put("costs", Patterns.ci("cost|expense"));
        JIT.put("liability", Patterns.ci("liab|damage"));
    }

    private static List<Hit> jitElements(CheckContext c) {
        List<Hit> hits = new ArrayList<>();
        JIT.forEach((element, pattern) -> {
            if (!c.draft().has(pattern)) {
                hits.add(Hit.at(element, element));
            }
        });
        return hits;
    }
}
