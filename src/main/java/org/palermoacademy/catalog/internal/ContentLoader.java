package org.palermoacademy.catalog.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.palermoacademy.catalog.Course;

/**
 * Reads and validates a whole content tree. A course (or programme) with any error is reported and
 * skipped; the others load. The citation table must load, or nothing can be checked.
 */
public final class ContentLoader {

    public static final String STRUCTURE_FILE = "convention/untoc-structure.yaml";

    private ContentLoader() {
    }

    public static LoadedContent load(Path contentRoot) {
        long start = System.nanoTime();
        Path root = contentRoot.toAbsolutePath().normalize();
        Problems problems = new Problems();
        if (!Files.isDirectory(root)) {
            problems.add(root.toString(), 0, "content folder does not exist");
            return empty(problems, start);
        }
        CitationTable table;
        try {
            table = CitationTable.load(root.resolve(STRUCTURE_FILE));
        } catch (IOException | RuntimeException e) {
            problems.add(STRUCTURE_FILE, 0, "cannot read the Convention's structure table: " + e.getMessage());
            return empty(problems, start);
        }
        ContentFiles files = new ContentFiles(root, problems, table);
        IdRegistry ids = new IdRegistry(problems);
        CourseLoader courseLoader = new CourseLoader(files, ids);

        Map<String, Course> courses = new LinkedHashMap<>();
        Map<String, LessonSource> lessons = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        List<CourseLoader.Loaded> loadedCourses = new ArrayList<>();
        for (Path dir : subfolders(root.resolve("courses"), files)) {
            int mark = problems.mark();
            var loaded = courseLoader.load(dir);
            if (loaded.isEmpty() || problems.errorsSince(mark)) {
                skipped.add(files.rel(dir));
            } else {
                loadedCourses.add(loaded.get());
            }
        }
        ReferenceLoader references = new ReferenceLoader(files, table);
        var matrices = references.matrices(root.resolve("matrices"));
        var cases = references.cases(root.resolve("cases"));
        // cross-references: lesson links, matrices and cases named by courses
        for (CourseLoader.Loaded loaded : loadedCourses) {
            int mark = problems.mark();
            for (CourseLoader.LinkUse link : loaded.links()) {
                if (!ids.isLesson(link.lessonId())) {
                    problems.add(link.file(), link.line(), "link to unknown lesson id '" + link.lessonId() + "'");
                }
            }
            Course course = loaded.course();
            course.matrixIds().stream().filter(m -> !matrices.containsKey(m)).forEach(m -> problems.add(
                    "courses/" + course.id(), 0, "unknown matrix id '" + m + "'"));
            course.caseIds().stream().filter(c -> !cases.containsKey(c)).forEach(c -> problems.add(
                    "courses/" + course.id(), 0, "unknown case id '" + c + "'"));
            if (problems.errorsSince(mark)) {
                skipped.add("courses/" + course.id());
            } else {
                courses.put(course.id(), course);
                lessons.putAll(loaded.lessons());
            }
        }
        // the tree-wide files are optional: a small tree (a fixture, a single course) may leave them out
        Map<Integer, org.palermoacademy.catalog.Reference.ArticleSummary> articles =
                optional(root.resolve("convention/articles.yaml"), references::articles, Map.of());
        List<org.palermoacademy.catalog.Reference.GlossaryTerm> glossary =
                optional(root.resolve("glossary.yaml"), references::glossary, List.of());
        List<org.palermoacademy.catalog.Reference.LearningPath> paths =
                optional(root.resolve("paths.yaml"), f -> references.paths(f, courses.keySet()), List.of());
        var pages = references.pages(root.resolve("reference"));
        ScenarioLoader scenarioLoader = new ScenarioLoader(files);
        var countries = scenarioLoader.countries(root.resolve("countries"));
        var scenarios = scenarioLoader.scenarios(root.resolve("scenarios"), countries);
        // programmes last: they name courses and scenarios, which must have loaded
        var programmes = new ProgrammeLoader(files, ids, courses, scenarios).load(root.resolve(ProgrammeLoader.FOLDER));
        return new LoadedContent(java.util.Collections.unmodifiableMap(courses), Map.copyOf(lessons), Map.copyOf(articles), List.copyOf(glossary),
                List.copyOf(paths), Map.copyOf(pages), Map.copyOf(cases), Map.copyOf(matrices), java.util.Collections.unmodifiableMap(countries),
                java.util.Collections.unmodifiableMap(scenarios), programmes.programmes(), List.copyOf(skipped),
                programmes.skipped(), problems.all(), (System.nanoTime() - start) / 1_000_000);
    }

    private static List<Path> subfolders(Path dir, ContentFiles files) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            files.problems().add(files.rel(dir), 0, "cannot list: " + e.getMessage());
            return List.of();
        }
    }

    /** The country profiles of a content tree and one scenario folder that may live elsewhere. */
    public static LoadedContent loadScenario(Path contentRoot, Path scenarioFolder) {
        long start = System.nanoTime();
        Path root = contentRoot.toAbsolutePath().normalize();
        Path folder = scenarioFolder.toAbsolutePath().normalize();
        Problems problems = new Problems();
        CitationTable table;
        try {
            table = CitationTable.load(root.resolve(STRUCTURE_FILE));
        } catch (IOException | RuntimeException e) {
            problems.add(STRUCTURE_FILE, 0, "cannot read the Convention's structure table: " + e.getMessage());
            return empty(problems, start);
        }
        ContentFiles files = new ContentFiles(folder.getParent(), problems, table);
        ScenarioLoader loader = new ScenarioLoader(new ContentFiles(root, problems, table));
        var countries = loader.countries(root.resolve("countries"));
        var scenarios = new ScenarioLoader(files).scenarios(folder.getParent(), countries);
        var only = scenarios.containsKey(folder.getFileName().toString())
                ? Map.of(folder.getFileName().toString(), scenarios.get(folder.getFileName().toString()))
                : Map.<String, org.palermoacademy.catalog.Scenario>of();
        return new LoadedContent(Map.of(), Map.of(), Map.of(), List.of(), List.of(), Map.of(), Map.of(), Map.of(),
                countries, only, Map.of(), List.of(), List.of(), problems.all(), (System.nanoTime() - start) / 1_000_000);
    }

    private static <T> T optional(Path file, java.util.function.Function<Path, T> reader, T absent) {
        return Files.exists(file) ? reader.apply(file) : absent;
    }

    private static LoadedContent empty(Problems problems, long start) {
        return new LoadedContent(Map.of(), Map.of(), Map.of(), List.of(), List.of(), Map.of(), Map.of(), Map.of(),
                Map.of(), Map.of(), Map.of(), List.of(), List.of(), problems.all(), (System.nanoTime() - start) / 1_000_000);
    }
}
