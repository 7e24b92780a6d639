package org.palermoacademy.catalog.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.palermoacademy.catalog.Course;
import org.palermoacademy.catalog.Programme;
import org.palermoacademy.catalog.Programme.ExerciseRequirement;
import org.palermoacademy.catalog.Scenario;
import org.palermoacademy.shared.Language;

/**
 * Reads the certification programmes, {@code programmes/<id>.yaml}, once courses and scenarios are
 * loaded: every course and scenario a programme names must have loaded, so that the programme can
 * actually be earned. A programme with any error is reported and skipped; the others load.
 */
final class ProgrammeLoader {

    static final String FOLDER = "programmes";
    static final List<String> KEYS = List.of("id", "title", "description", "validity", "renewal_window_days",
            "requires", "renewal", "translations");
    static final List<String> LIST_KEYS = List.of("courses", "exercises");
    static final List<String> EXERCISE_KEYS = List.of("scenario", "min_grade");
    static final List<String> TEXT_KEYS = List.of("title", "description");

    /** What loaded, and the files skipped because of errors. */
    record Result(Map<String, Programme> programmes, List<String> skipped) {
    }

    private final ContentFiles files;
    private final IdRegistry ids;
    private final Map<String, Course> courses;
    private final Map<String, Scenario> scenarios;
    private final Path scenarioDir;

    ProgrammeLoader(ContentFiles files, IdRegistry ids, Map<String, Course> courses, Map<String, Scenario> scenarios) {
        this.files = files;
        this.ids = ids;
        this.courses = courses;
        this.scenarios = scenarios;
        this.scenarioDir = files.root().resolve("scenarios");
    }

    Result load(Path dir) {
        Map<String, Programme> result = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        for (Path file : programmeFiles(dir)) {
            int mark = files.problems().mark();
            Optional<Programme> p = programme(file);
            if (p.isEmpty() || files.problems().errorsSince(mark)) {
                skipped.add(files.rel(file));
            } else if (result.putIfAbsent(p.get().id(), p.get()) != null) {
                files.problems().add(files.rel(file), 1, "duplicate programme id '" + p.get().id() + "': already used by "
                        + result.get(p.get().id()).file());
                skipped.add(files.rel(file));
            }
        }
        return new Result(java.util.Collections.unmodifiableMap(result), List.copyOf(skipped));
    }

    private List<Path> programmeFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var children = Files.list(dir)) {
            List<Path> yaml = new ArrayList<>();
            for (Path p : children.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (Files.isRegularFile(p) && name.endsWith(".yaml")) {
                    yaml.add(p);
                } else {
                    files.problems().warn(files.rel(p), 0, "not a programme file (programmes/<id>.yaml); ignored");
                }
            }
            return yaml;
        } catch (IOException e) {
            files.problems().add(files.rel(dir), 0, "cannot list: " + e.getMessage());
            return List.of();
        }
    }

    private Optional<Programme> programme(Path path) {
        Optional<Yml> doc = files.yamlFile(path);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        Yml y = doc.get();
        y.allowOnly(KEYS);
        String id = files.id(y, "id");
        String fileName = path.getFileName().toString();
        String expected = fileName.substring(0, fileName.length() - ".yaml".length());
        if (id != null && !id.equals(expected)) {
            files.problems().add(y.file(), y.keyLine("id"), "the file name must equal the programme id: '" + id
                    + "' belongs in " + FOLDER + "/" + id + ".yaml");
        }
        if (id != null && ids.isCourse(id)) {
            files.problems().add(y.file(), y.keyLine("id"), "programme id '" + id
                    + "' is already a course id; certificates must not be ambiguous");
        }
        String title = y.str("title");
        String description = y.str("description");
        files.checkTextCitations(title, y.file(), y.keyLine("title"));
        files.checkTextCitations(description, y.file(), lineOfText(y, "description"));
        Period validity = validity(y);
        Integer window = renewalWindow(y, validity);

        List<String> requiredCourses = List.of();
        List<ExerciseRequirement> requiredExercises = List.of();
        Optional<Yml> requires = section(y, "requires");
        if (requires.isPresent()) {
            Yml r = requires.get();
            r.allowOnly(LIST_KEYS);
            requiredCourses = courses(r);
            requiredExercises = exercises(r);
            if (noItems(r, "courses") && noItems(r, "exercises")) {
                files.problems().add(y.file(), y.keyLine("requires"),
                        "'requires' names no course and no exercise; a programme needs at least one");
            }
        }

        Programme.Renewal renewal = null;
        Optional<Yml> renewalSection = section(y, "renewal");
        if (renewalSection.isPresent()) {
            Yml rs = renewalSection.get();
            rs.allowOnly(List.of("any_of"));
            Optional<Yml> anyOf = section(rs, "any_of");
            if (anyOf.isPresent()) {
                Yml a = anyOf.get();
                a.allowOnly(LIST_KEYS);
                List<String> renewalCourses = courses(a);
                List<ExerciseRequirement> renewalExercises = exercises(a);
                if (noItems(a, "courses") && noItems(a, "exercises")) {
                    files.problems().add(y.file(), rs.keyLine("any_of"),
                            "'any_of' names no course and no exercise; renewal needs at least one");
                }
                for (String c : renewalCourses) {
                    if (requiredCourses.contains(c)) {
                        files.problems().warn(y.file(), lineOfItem(a, "courses", c), "course '" + c
                                + "' is also required, so every holder completed it before the renewal window; "
                                + "it cannot renew the certificate");
                    }
                }
                renewal = new Programme.Renewal(List.copyOf(renewalCourses), List.copyOf(renewalExercises));
            }
        }

        Map<Language, Programme.Text> translations = translations(y);
        if (id == null || title == null || description == null || validity == null || window == null
                || requires.isEmpty() || renewal == null) {
            return Optional.empty();
        }
        return Optional.of(new Programme(id, title, description, y.file(), List.copyOf(requiredCourses),
                List.copyOf(requiredExercises), validity, window, renewal, translations));
    }

    /** A required nested mapping; reported when missing or of another shape. */
    private Optional<Yml> section(Yml parent, String key) {
        Optional<Yml> v = parent.get(key);
        if (v.isEmpty()) {
            files.problems().add(parent.file(), parent.line(), "missing required field '" + key + "'");
            return Optional.empty();
        }
        if (!v.get().isMap()) {
            files.problems().add(parent.file(), parent.keyLine(key), "'" + key + "' must be a mapping ("
                    + (key.equals("renewal") ? "any_of" : "courses and/or exercises") + ")");
            return Optional.empty();
        }
        return v;
    }

    private Period validity(Yml y) {
        String text = y.str("validity");
        if (text == null) {
            return null;
        }
        int line = y.keyLine("validity");
        Period p;
        try {
            p = Period.parse(text);
        } catch (DateTimeParseException e) {
            files.problems().add(y.file(), line, "'validity' must be an ISO-8601 period such as P3Y or P18M, not '"
                    + text + "'");
            return null;
        }
        if (p.isZero() || p.isNegative()) {
            files.problems().add(y.file(), line, "'validity' must be a positive period, not '" + text + "'");
            return null;
        }
        return p;
    }

    private Integer renewalWindow(Yml y, Period validity) {
        Optional<Yml> v = y.get("renewal_window_days");
        if (v.isEmpty() || v.get().text() == null || v.get().text().isBlank()) {
            files.problems().add(y.file(), y.line(), "missing required number 'renewal_window_days'");
            return null;
        }
        int line = y.keyLine("renewal_window_days");
        int days;
        try {
            days = Integer.parseInt(v.get().text().trim());
        } catch (NumberFormatException e) {
            files.problems().add(y.file(), line, "'renewal_window_days' must be a whole number of days, not '"
                    + v.get().text() + "'");
            return null;
        }
        if (days <= 0) {
            files.problems().add(y.file(), line, "'renewal_window_days' must be at least 1, not " + days);
            return null;
        }
        if (validity != null && days > shortestDays(validity)) {
            files.problems().add(y.file(), line, "'renewal_window_days' (" + days + ") is longer than the validity "
                    + validity + " (" + shortestDays(validity) + " days at the shortest)");
            return null;
        }
        return days;
    }

    /** The fewest days a period can span, whatever the start date (P3Y: 1095; P1M: 28). */
    static long shortestDays(Period period) {
        LocalDate start = LocalDate.of(2097, 1, 1); // a four-year cycle that crosses the non-leap year 2100
        long shortest = Long.MAX_VALUE;
        for (int i = 0; i < 4 * 366; i++) {
            LocalDate from = start.plusDays(i);
            shortest = Math.min(shortest, ChronoUnit.DAYS.between(from, from.plus(period)));
        }
        return shortest;
    }

    private List<String> courses(Yml section) {
        List<String> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Yml item : section.list("courses", false)) {
            String id = item.text() == null ? null : item.text().trim();
            if (id == null || id.isEmpty()) {
                files.problems().add(section.file(), item.line(), "'courses' must contain course ids");
            } else if (!seen.add(id)) {
                files.problems().add(section.file(), item.line(), "course '" + id + "' is listed twice");
            } else if (courses.containsKey(id)) {
                result.add(id);
            } else if (ids.isCourse(id)) {
                files.problems().add(section.file(), item.line(), "course '" + id
                        + "' has errors and was not loaded, so this programme cannot be earned");
            } else {
                files.problems().add(section.file(), item.line(), "unknown course id '" + id + "'");
            }
        }
        return result;
    }

    private List<ExerciseRequirement> exercises(Yml section) {
        List<ExerciseRequirement> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Yml item : section.list("exercises", false)) {
            if (!item.isMap()) {
                files.problems().add(section.file(), item.line(),
                        "an exercise is written {scenario: <scenario id>, min_grade: <1-100>}");
                continue;
            }
            item.allowOnly(EXERCISE_KEYS);
            String scenarioId = item.str("scenario");
            int minGrade = item.integer("min_grade", 1, 100);
            if (scenarioId == null) {
                continue;
            }
            int line = item.keyLine("scenario");
            Scenario scenario = scenarios.get(scenarioId);
            if (!seen.add(scenarioId)) {
                files.problems().add(section.file(), line, "scenario '" + scenarioId + "' is listed twice");
            } else if (scenario == null) {
                boolean exists = ContentFiles.ID.matcher(scenarioId).matches()
                        && Files.isDirectory(scenarioDir.resolve(scenarioId));
                files.problems().add(section.file(), line, exists
                        ? "scenario '" + scenarioId + "' has errors and was not loaded, so this programme cannot be earned"
                        : "unknown scenario id '" + scenarioId + "'");
            } else if (scenario.branchingCase()) {
                files.problems().add(section.file(), line, "scenario '" + scenarioId
                        + "' is a branching case, which no trainer grades; name a drafting exercise");
            } else {
                result.add(new ExerciseRequirement(scenarioId, minGrade));
            }
        }
        return result;
    }

    private Map<Language, Programme.Text> translations(Yml y) {
        Map<Language, Programme.Text> result = new EnumMap<>(Language.class);
        Optional<Yml> t = y.get("translations");
        if (t.isEmpty()) {
            return result;
        }
        if (!t.get().isMap()) {
            files.problems().add(y.file(), y.keyLine("translations"),
                    "'translations' maps a language (fr, es, ru, ar, zh) to {title, description}");
            return result;
        }
        for (String tag : t.get().keys()) {
            int line = t.get().keyLine(tag);
            Optional<Language> language = Language.fromTag(tag).filter(l -> l.tag().equals(tag) && l != Language.EN);
            if (language.isEmpty()) {
                files.problems().add(y.file(), line, "unknown translation language '" + tag + "' (fr, es, ru, ar, zh)");
                continue;
            }
            Yml tr = t.get().get(tag).orElseThrow();
            if (!tr.isMap()) {
                files.problems().add(y.file(), line, "translation '" + tag + "' must be {title, description}");
                continue;
            }
            tr.allowOnly(TEXT_KEYS);
            String title = tr.optStr("title");
            String description = tr.optStr("description");
            if (title == null && description == null) {
                files.problems().add(y.file(), line, "translation '" + tag + "' has neither title nor description");
                continue;
            }
            files.checkTextCitations(title, y.file(), tr.keyLine("title"));
            files.checkTextCitations(description, y.file(), lineOfText(tr, "description"));
            result.put(language.get(), new Programme.Text(title, description));
        }
        return java.util.Collections.unmodifiableMap(result);
    }

    /** The line a text value starts on: the key's line, or the next for a block scalar ({@code >-}). */
    private static int lineOfText(Yml y, String key) {
        return y.get(key).map(Yml::textLine).orElse(y.line());
    }

    /** Whether a list field is absent or empty (its shape is reported elsewhere). */
    private static boolean noItems(Yml section, String key) {
        return section.get(key).map(v -> v.isList() ? v.items(key).isEmpty() : v.text() != null && v.text().isBlank())
                .orElse(true);
    }

    private static int lineOfItem(Yml section, String key, String value) {
        return section.get(key).map(list -> list.items(key).stream().filter(i -> value.equals(i.text())).findFirst()
                .map(Yml::line).orElse(list.line())).orElse(section.line());
    }
}
