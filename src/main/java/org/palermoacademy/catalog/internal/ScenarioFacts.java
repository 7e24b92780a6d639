package org.palermoacademy.catalog.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.palermoacademy.catalog.Scenario;

/** Reads the structured facts and expectations of a drafting scenario. */
final class ScenarioFacts {

    static final Set<String> ROLES = Set.of("suspect", "accused", "sentenced", "witness", "victim", "account-holder",
            "company", "third-party");
    static final Set<String> MEASURES = Set.of("bank-records", "witness-hearing", "videoconference", "search", "seizure",
            "service", "preservation", "production", "freezing", "confiscation", "arrest", "provisional-arrest",
            "surrender", "controlled-delivery", "jit");
    static final Set<String> STAGES = Set.of("investigation", "prosecution", "trial", "enforcement");

    private final ContentFiles files;
    private final ScenarioLoader helper;

    ScenarioFacts(ContentFiles files) {
        this.files = files;
        this.helper = new ScenarioLoader(files);
    }

    Scenario.Facts facts(Yml y) {
        Yml f = y.get("facts").orElse(null);
        if (f == null) {
            files.problems().add(y.file(), y.line(), "missing required field 'facts'");
            return null;
        }
        Yml ra = f.get("requesting_authority").orElse(f);
        Yml contact = ra.get("contact").orElse(ra);
        var authority = new Scenario.Authority(ra.str("name"), ra.optStr("official"), contact.optStr("phone"),
                contact.optStr("email"));
        Yml p = f.get("proceedings").orElse(f);
        String stage = helper.oneOf(p, "stage", STAGES);
        var proceedings = new Scenario.Proceedings(stage, p.optStr("reference"), p.str("conducting_authority"),
                p.optStr("description"));
        List<Scenario.Person> persons = new ArrayList<>();
        for (Yml x : f.list("persons", true)) {
            persons.add(new Scenario.Person(x.optStr("id"), x.str("name"), helper.oneOf(x, "role", ROLES),
                    x.optStr("nationality"), helper.date(x, "born", false), x.optStr("location"), x.optStr("address")));
        }
        List<Scenario.Offence> offences = new ArrayList<>();
        for (Yml x : f.list("offences", false)) {
            offences.add(new Scenario.Offence(x.optStr("id"), x.str("label"), x.optStr("provision"),
                    x.get("max_penalty_years").isPresent() ? x.integer("max_penalty_years", 0, 100) : 0,
                    x.optStr("conduct")));
        }
        List<Scenario.Account> accounts = new ArrayList<>();
        for (Yml x : f.list("accounts", false)) {
            accounts.add(new Scenario.Account(x.str("number"), x.optStr("bank"), x.optStr("holder"),
                    helper.date(x, "from", false), helper.date(x, "to", false)));
        }
        List<Scenario.Amount> amounts = new ArrayList<>();
        for (Yml x : f.list("amounts", false)) {
            String value = x.str("value");
            try {
                amounts.add(new Scenario.Amount(Double.parseDouble(value == null ? "0" : value), x.str("currency"),
                        x.optStr("what")));
            } catch (NumberFormatException e) {
                files.problems().add(x.file(), x.line(), "amount value must be a number, not '" + value + "'");
            }
        }
        List<Scenario.DateFact> dates = new ArrayList<>();
        for (Yml x : f.list("dates", false)) {
            LocalDate d = helper.date(x, "date", true);
            if (d != null) {
                dates.add(new Scenario.DateFact(d, x.optStr("what")));
            }
        }
        List<Scenario.Asset> assets = new ArrayList<>();
        for (Yml x : f.list("assets", false)) {
            assets.add(new Scenario.Asset(x.optStr("id"), x.optStr("kind"), x.optStr("description"),
                    x.str("identifier"), x.optStr("holder")));
        }
        List<Scenario.Order> orders = new ArrayList<>();
        for (Yml x : f.list("orders", false)) {
            orders.add(new Scenario.Order(x.str("kind"), x.optStr("issued_by"), helper.date(x, "date", false),
                    x.optStr("reference"), x.optStr("remaining")));
        }
        return new Scenario.Facts(authority, proceedings, List.copyOf(persons), List.copyOf(offences),
                List.copyOf(accounts), List.copyOf(amounts), List.copyOf(dates), f.strings("places", false),
                List.copyOf(assets), List.copyOf(orders));
    }

    Scenario.Expectations expectations(Yml y) {
        Yml e = y.get("expectations").orElse(null);
        if (e == null) {
            files.problems().add(y.file(), y.line(), "missing required field 'expectations'");
            return null;
        }
        List<Scenario.Measure> measures = new ArrayList<>();
        for (Yml m : e.list("measures", true)) {
            measures.add(new Scenario.Measure(m.optStr("id"), helper.oneOf(m, "kind", MEASURES),
                    m.strings("must_mention", false)));
        }
        Scenario.Urgency urgency = e.get("urgency").map(u -> new Scenario.Urgency(helper.bool(u, "required"),
                u.optStr("reasons"), helper.date(u, "deadline", false))).orElse(new Scenario.Urgency(false, null, null));
        Scenario.Confidentiality confidentiality = e.get("confidentiality").map(c -> new Scenario.Confidentiality(
                helper.bool(c, "required"), c.optStr("reason"))).orElse(new Scenario.Confidentiality(false, null));
        List<String> risks = new ArrayList<>();
        for (String risk : e.strings("refusal_risks", false)) {
            if (!ScenarioLoader.RISKS.contains(risk)) {
                files.problems().add(e.file(), e.line(), "unknown refusal risk '" + risk + "'");
            } else {
                risks.add(risk);
            }
        }
        String basis = e.str("legal_basis");
        if (basis != null && !basis.equals("untoc") && !basis.equals("reciprocity") && !basis.startsWith("treaty:")) {
            files.problems().add(e.file(), e.line(), "legal_basis must be untoc, reciprocity or treaty:<id>");
        }
        return new Scenario.Expectations(List.copyOf(measures), urgency, confidentiality, List.copyOf(risks),
                helper.bool(e, "informal_route_possible"), basis);
    }
}
