package org.palermoacademy.catalog.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.palermoacademy.catalog.Audience;
import org.palermoacademy.catalog.Citation;
import org.palermoacademy.catalog.CountryProfile;
import org.palermoacademy.catalog.Scenario;
import org.palermoacademy.catalog.Scenario.Branching;
import org.palermoacademy.catalog.Scenario.Choice;
import org.palermoacademy.catalog.Scenario.Step;

/** Reads country profiles and scenarios (drafting and branching), checking shapes and references. */
final class ScenarioLoader {

    static final Set<String> TYPES = Set.of("mla", "extradition", "confiscation", "jit", "controlled-delivery",
            "branching");
    static final Map<String, Set<String>> VARIANTS = Map.of(
            "mla", Set.of("bank-records", "videoconference-witness", "search-seizure", "service-of-documents",
                    "e-evidence"),
            "extradition", Set.of("prosecution", "enforcement", "provisional-arrest"),
            "confiscation", Set.of("own-order", "foreign-order", "freezing"),
            "jit", Set.of("agreement"),
            "controlled-delivery", Set.of("request"));
    static final Set<String> SEVERITIES = Set.of("blocking", "warning", "advice");
    static final Set<String> LEVELS = Set.of("exemplary", "competent", "developing", "missing");
    static final Set<String> RISKS = Set.of("death-penalty", "political-offence", "fiscal", "nationality",
            "in-absentia", "dual-criminality", "military", "ne-bis-in-idem");

    private final ContentFiles files;

    ScenarioLoader(ContentFiles files) {
        this.files = files;
    }

    Map<String, CountryProfile> countries(Path dir) {
        Map<String, CountryProfile> result = new LinkedHashMap<>();
        for (Path file : list(dir, ".yaml")) {
            files.yamlFile(file).ifPresent(y -> country(y).ifPresent(c -> {
                if (result.putIfAbsent(c.id(), c) != null) {
                    files.problems().add(y.file(), y.line(), "duplicate country id '" + c.id() + "'");
                }
            }));
        }
        return result;
    }

    private Optional<CountryProfile> country(Yml y) {
        String id = files.id(y, "id");
        String name = y.str("name");
        String adjective = y.str("adjective");
        List<String> languages = y.strings("languages", true);
        List<String> names = y.strings("language_names", false);
        Yml ca = y.get("central_authority").orElse(null);
        if (ca == null) {
            files.problems().add(y.file(), y.line(), "missing required field 'central_authority'");
            return Optional.empty();
        }
        var mla = authority(ca, "mla");
        var extradition = authority(ca, "extradition");
        Yml channels = y.get("channels").orElse(y);
        String mlaChannel = oneOf(channels, "mla", Set.of("central-authority", "diplomatic"));
        String extChannel = oneOf(channels, "extradition", Set.of("central-authority", "diplomatic"));
        Yml untoc = y.get("untoc_legal_basis").orElse(y);
        Yml ext = y.get("extradition").orElse(y);
        String dual = oneOf(y, "dual_criminality_mla", Set.of("required", "not-required", "coercive-only"));
        List<CountryProfile.Treaty> treaties = new ArrayList<>();
        for (Yml t : y.list("treaties", false)) {
            String tid = files.id(t, "id");
            String type = oneOf(t, "type", Set.of("mla", "extradition"));
            if (tid != null && type != null) {
                treaties.add(new CountryProfile.Treaty(tid, t.str("with"), type, t.str("name"), bool(t, "in_force")));
            }
        }
        if (id == null || name == null || mla == null || extradition == null) {
            return Optional.empty();
        }
        return Optional.of(new CountryProfile(id, name, adjective, languages, names, mla, extradition, mlaChannel,
                extChannel, bool(channels, "urgent_via_interpol"), channels.optStr("interpol_ncb"),
                bool(untoc, "extradition"), bool(untoc, "mla"), dual, bool(ext, "extradites_nationals"),
                ext.get("minimum_penalty_years").isPresent() ? ext.integer("minimum_penalty_years", 0, 10) : 1,
                oneOf(ext, "death_penalty", Set.of("abolished", "retained")), y.optStr("confidentiality"),
                y.optStr("use_limitation"), y.strings("special_requirements", false), y.optStr("execution_time"),
                List.copyOf(treaties)));
    }

    private CountryProfile.Authority authority(Yml ca, String key) {
        Optional<Yml> a = ca.get(key);
        if (a.isEmpty()) {
            files.problems().add(ca.file(), ca.line(), "missing central authority for '" + key + "'");
            return null;
        }
        String name = a.get().str("name");
        return name == null ? null : new CountryProfile.Authority(name, a.get().optStr("address"),
                a.get().optStr("email"), a.get().optStr("phone"));
    }

    Map<String, Scenario> scenarios(Path dir, Map<String, CountryProfile> countries) {
        Map<String, Scenario> result = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return result;
        }
        try (var folders = Files.list(dir)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                int mark = files.problems().mark();
                Optional<Scenario> s = scenario(folder, countries);
                if (s.isPresent() && !files.problems().errorsSince(mark)) {
                    if (result.putIfAbsent(s.get().id(), s.get()) != null) {
                        files.problems().add(files.rel(folder), 0, "duplicate scenario id '" + s.get().id() + "'");
                    }
                }
            }
        } catch (IOException e) {
            files.problems().add(files.rel(dir), 0, "cannot list: " + e.getMessage());
        }
        return result;
    }

    private Optional<Scenario> scenario(Path dir, Map<String, CountryProfile> countries) {
        Optional<Yml> doc = files.yamlFile(dir.resolve("scenario.yaml"));
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        Yml y = doc.get();
        String id = files.id(y, "id");
        if (id != null && !id.equals(dir.getFileName().toString())) {
            files.problems().add(y.file(), y.line(), "the folder name must equal the scenario id '" + id + "'");
        }
        String type = oneOf(y, "type", TYPES);
        String variant = type == null || type.equals("branching") ? y.optStr("variant")
                : oneOf(y, "variant", VARIANTS.get(type));
        String title = y.str("title");
        String summary = y.str("summary");
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        for (Yml a : y.list("audiences", true)) {
            Audience.fromId(a.text()).ifPresentOrElse(audiences::add,
                    () -> files.problems().add(y.file(), a.line(), "unknown audience '" + a.text() + "'"));
        }
        List<Citation> cites = files.cites(y, "cites", true);
        String requesting = y.str("requesting_state");
        String requested = y.str("requested_state");
        for (String state : new String[] {requesting, requested}) {
            if (state != null && !countries.containsKey(state)) {
                files.problems().add(y.file(), y.line(), "unknown country profile '" + state + "'");
            }
        }
        String facts = files.read(dir.resolve("facts.md")).orElse("");
        files.checkTextCitations(facts, files.rel(dir.resolve("facts.md")), 1);
        String task = y.optStr("task");
        files.checkTextCitations(task, y.file(), y.line());
        Scenario.Facts structured = null;
        Scenario.Expectations expectations = null;
        List<Scenario.Check> checks = List.of();
        List<Scenario.RubricCriterion> rubric = List.of();
        String model = null;
        Branching branching = null;
        if ("branching".equals(type)) {
            branching = branching(dir.resolve("branching.yaml")).orElse(null);
        } else if (type != null) {
            ScenarioFacts parts = new ScenarioFacts(files);
            structured = parts.facts(y);
            expectations = parts.expectations(y);
            checks = checks(y);
            rubric = rubric(dir.resolve("rubric.yaml"));
            model = files.read(dir.resolve("model-answer.md")).orElse(null);
            files.checkTextCitations(model, files.rel(dir.resolve("model-answer.md")), 1);
            if (expectations != null && expectations.legalBasis() != null && expectations.legalBasis().startsWith("treaty:")
                    && requesting != null && countries.containsKey(requesting)) {
                String treaty = expectations.legalBasis().substring(7);
                if (countries.get(requesting).treaties().stream().noneMatch(t -> t.id().equals(treaty))) {
                    files.problems().add(y.file(), y.line(), "legal_basis names treaty '" + treaty
                            + "', which the requesting State's profile does not list");
                }
            }
        }
        LocalDate drafting = date(y, "drafting_date", false);
        int minutes = y.integer("minutes", 1, 600);
        if (id == null || type == null || title == null) {
            return Optional.empty();
        }
        return Optional.of(new Scenario(id, title, type, variant, bool(y, "return_of_proceeds"),
                y.optStr("difficulty"), minutes, Set.copyOf(audiences), summary, cites, requesting, requested,
                drafting, task == null ? "" : MarkdownRenderer.render(task, null), MarkdownRenderer.render(facts, null),
                facts, model, structured, expectations, checks, rubric, branching, files.hashTree(dir)));
    }

    private List<Scenario.Check> checks(Yml y) {
        List<Scenario.Check> checks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Yml c : y.list("checks", false)) {
            String id = files.id(c, "id");
            if (id != null && !ids.add(id)) {
                files.problems().add(c.file(), c.line(), "duplicate check id '" + id + "'");
            }
            String severity = oneOf(c, "severity", SEVERITIES);
            Citation article = c.get("article").isPresent() ? files.citation(c, "article").orElse(null) : null;
            String pattern = c.optStr("pattern");
            if (pattern != null) {
                try {
                    Pattern.compile(pattern);
                } catch (PatternSyntaxException e) {
                    files.problems().add(c.file(), c.get("pattern").map(Yml::line).orElse(c.line()),
                            "pattern is not a valid regular expression: " + e.getDescription());
                }
            }
            List<String> any = c.strings("require_any", false);
            List<String> all = c.strings("require_all", false);
            List<String> forbid = c.strings("forbid", false);
            if (any.isEmpty() && all.isEmpty() && forbid.isEmpty() && pattern == null) {
                files.problems().add(c.file(), c.line(), "a check needs require_any, require_all, forbid or pattern");
            }
            String message = c.str("message");
            files.checkTextCitations(message, c.file(), c.line());
            if (id != null && severity != null && message != null) {
                checks.add(new Scenario.Check(id, severity, article, c.optStr("section"), any, all, forbid, pattern,
                        message));
            }
        }
        return List.copyOf(checks);
    }

    private List<Scenario.RubricCriterion> rubric(Path file) {
        List<Scenario.RubricCriterion> criteria = new ArrayList<>();
        files.yamlFile(file).ifPresent(y -> {
            List<Yml> items = y.list("criteria", true);
            if (items.size() < 4 || items.size() > 7) {
                files.problems().warn(y.file(), y.line(), "a rubric has 4-7 criteria, this one " + items.size());
            }
            for (Yml c : items) {
                String id = files.id(c, "id");
                String title = c.str("title");
                int weight = c.integer("weight", 1, 3);
                Map<String, String> levels = new LinkedHashMap<>();
                Yml l = c.get("levels").orElse(null);
                for (String level : List.of("exemplary", "competent", "developing", "missing")) {
                    String text = l == null ? null : l.optStr(level);
                    if (text == null) {
                        files.problems().add(c.file(), c.line(), "rubric criterion '" + id + "' lacks level '" + level + "'");
                    } else {
                        levels.put(level, text);
                    }
                }
                if (id != null && title != null) {
                    criteria.add(new Scenario.RubricCriterion(id, title, weight, levels));
                }
            }
        });
        return List.copyOf(criteria);
    }

    private Optional<Branching> branching(Path file) {
        Optional<Yml> doc = files.yamlFile(file);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        Yml y = doc.get();
        String start = y.str("start");
        List<Step> steps = new ArrayList<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (Yml s : y.list("steps", true)) {
            String id = files.id(s, "id");
            String situation = s.str("situation");
            files.checkTextCitations(situation, s.file(), s.line());
            List<Choice> choices = new ArrayList<>();
            List<Yml> items = s.list("choices", true);
            if (items.size() < 2 || items.size() > 4) {
                files.problems().add(s.file(), s.line(), "a step offers 2-4 choices, step '" + id + "' has " + items.size());
            }
            for (Yml c : items) {
                String cid = c.str("id");
                String feedback = c.str("feedback");
                files.checkTextCitations(feedback, c.file(), c.line());
                choices.add(new Choice(cid, c.str("text"), c.str("next"), c.integer("score", 0, 10), feedback,
                        files.cites(c, "cites", false)));
            }
            if (id != null) {
                if (lines.putIfAbsent(id, s.line()) != null) {
                    files.problems().add(s.file(), s.line(), "duplicate step id '" + id + "'");
                }
                steps.add(new Step(id, situation == null ? "" : MarkdownRenderer.render(situation, null), List.copyOf(choices)));
            }
        }
        List<Scenario.Ending> endings = new ArrayList<>();
        for (Yml e : y.list("endings", false)) {
            endings.add(new Scenario.Ending(e.integer("min", 0, 1000), e.str("text")));
        }
        Branching branching = new Branching(start, List.copyOf(steps), List.copyOf(endings));
        checkGraph(branching, y, lines);
        return Optional.of(branching);
    }

    /** Every next exists, every step is reachable from start, no cycles, every path ends. */
    private void checkGraph(Branching b, Yml y, Map<String, Integer> lines) {
        if (b.start() != null && b.step(b.start()) == null) {
            files.problems().add(y.file(), y.line(), "start step '" + b.start() + "' does not exist");
            return;
        }
        for (Step s : b.steps()) {
            for (Choice c : s.choices()) {
                if (c.next() != null && !"end".equals(c.next()) && b.step(c.next()) == null) {
                    files.problems().add(y.file(), lines.getOrDefault(s.id(), 0), "choice '" + c.id() + "' of step '"
                            + s.id() + "' leads to unknown step '" + c.next() + "'");
                }
            }
        }
        Set<String> reached = new HashSet<>();
        Set<String> onPath = new HashSet<>();
        walk(b, b.start(), reached, onPath, y, lines);
        for (Step s : b.steps()) {
            if (!reached.contains(s.id())) {
                files.problems().add(y.file(), lines.getOrDefault(s.id(), 0), "step '" + s.id() + "' cannot be reached from start");
            }
        }
    }

    private void walk(Branching b, String id, Set<String> reached, Set<String> onPath, Yml y, Map<String, Integer> lines) {
        if (id == null || "end".equals(id) || b.step(id) == null) {
            return;
        }
        if (onPath.contains(id)) {
            files.problems().add(y.file(), lines.getOrDefault(id, 0), "step '" + id + "' is part of a loop; every path must end");
            return;
        }
        if (!reached.add(id)) {
            return;
        }
        onPath.add(id);
        for (Choice c : b.step(id).choices()) {
            walk(b, c.next(), reached, onPath, y, lines);
        }
        onPath.remove(id);
    }

    String oneOf(Yml y, String key, Set<String> allowed) {
        String value = y.str(key);
        if (value != null && !allowed.contains(value)) {
            files.problems().add(y.file(), y.get(key).map(Yml::line).orElse(y.line()), "'" + key + "' must be one of "
                    + new java.util.TreeSet<>(allowed) + ", not '" + value + "'");
            return null;
        }
        return value;
    }

    boolean bool(Yml y, String key) {
        String v = y.optStr(key);
        if (v != null && !v.equals("true") && !v.equals("false")) {
            files.problems().add(y.file(), y.get(key).map(Yml::line).orElse(y.line()), "'" + key + "' must be true or false");
        }
        return "true".equals(v);
    }

    LocalDate date(Yml y, String key, boolean required) {
        String v = required ? y.str(key) : y.optStr(key);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            files.problems().add(y.file(), y.get(key).map(Yml::line).orElse(y.line()), "'" + key
                    + "' must be a date like 2026-11-20, not '" + v + "'");
            return null;
        }
    }

    private List<Path> list(Path dir, String extension) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            files.problems().add(files.rel(dir), 0, "cannot list: " + e.getMessage());
            return List.of();
        }
    }
}
