package org.palermoacademy.catalog.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.palermoacademy.catalog.Audience;
import org.palermoacademy.catalog.Course;
import org.palermoacademy.catalog.CourseModule;
import org.palermoacademy.catalog.LessonRef;
import org.palermoacademy.catalog.Quiz;
import org.palermoacademy.shared.Language;

/** Reads one course folder: course.yaml, its modules, lessons (and translations) and quizzes. */
final class CourseLoader {

    private static final Pattern RAW_HTML = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>");
    private static final Pattern LESSON_LINK = Pattern.compile("\\]\\(lesson:([^)\\s]+)\\)");
    static final int MIN_WORDS = 600;
    static final int MAX_WORDS = 1500;


    /** A course with its lesson sources and the lesson links it makes (checked once all are loaded). */
    record Loaded(Course course, Map<String, LessonSource> lessons, List<LinkUse> links) {
    }

    record LinkUse(String file, int line, String lessonId) {
    }

    private final ContentFiles files;
    private final QuizLoader quizzes;
    private final IdRegistry ids;

    CourseLoader(ContentFiles files, IdRegistry ids) {
        this.files = files;
        this.quizzes = new QuizLoader(files);
        this.ids = ids;
    }

    Optional<Loaded> load(Path dir) {
        Optional<Yml> doc = files.yamlFile(dir.resolve("course.yaml"));
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        Yml y = doc.get();
        String id = files.id(y, "id");
        ids.claim("course", id, y.file(), y.line());
        int version = y.get("version").isPresent() ? y.integer("version", 1, 100_000) : 1;
        String title = y.str("title");
        String summary = y.str("summary");
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        for (Yml a : y.list("audiences", true)) {
            Audience.fromId(a.text()).ifPresentOrElse(audiences::add, () -> files.problems().add(y.file(), a.line(),
                    "unknown audience '" + a.text() + "' (judge, prosecutor, central-authority, police-investigator, "
                            + "ncb-officer)"));
        }
        List<Language> languages = new ArrayList<>();
        for (Yml l : y.list("languages", true)) {
            Language.fromTag(l.text()).filter(lang -> lang.tag().equals(l.text()))
                    .ifPresentOrElse(languages::add, () -> files.problems().add(y.file(), l.line(),
                            "unknown language '" + l.text() + "' (en, fr, es, ru, ar, zh)"));
        }
        if (!languages.isEmpty() && languages.getFirst() != Language.EN) {
            files.problems().add(y.file(), y.get("languages").map(Yml::line).orElse(y.line()),
                    "languages must start with en (English is the source language)");
        }
        int minutes = y.integer("minutes", 1, 10_000);
        List<String> outcomes = y.strings("outcomes", true);
        if (outcomes.isEmpty()) {
            files.problems().add(y.file(), y.line(), "a course states at least one learning outcome");
        }
        List<LinkUse> links = new ArrayList<>();
        Map<String, LessonSource> lessonSources = new LinkedHashMap<>();
        List<CourseModule> modules = new ArrayList<>();
        List<Yml> moduleItems = y.list("modules", true);
        if (moduleItems.isEmpty()) {
            files.problems().add(y.file(), y.line(), "a course needs at least one module");
        }
        for (Yml m : moduleItems) {
            String folder = m.text();
            if (folder == null || folder.contains("..") || folder.contains("/")) {
                files.problems().add(y.file(), m.line(), "module entries are folder names inside the course");
                continue;
            }
            Path moduleDir = dir.resolve(folder);
            if (!Files.isDirectory(moduleDir)) {
                files.problems().add(y.file(), m.line(), "module folder '" + folder + "' does not exist");
                continue;
            }
            module(moduleDir, id, lessonSources, links).ifPresent(modules::add);
        }
        checkUnlisted(dir, moduleItems.stream().map(Yml::text).toList(), y.file(), "module");
        Quiz finalQuiz = null;
        String finalQuizFile = y.str("final_quiz");
        if (finalQuizFile != null) {
            Path quizPath = dir.resolve(finalQuizFile).normalize();
            if (!quizPath.startsWith(dir)) {
                files.problems().add(y.file(), y.line(), "final_quiz must be a file inside the course");
            } else {
                finalQuiz = quizzes.load(quizPath, id, 10).orElse(null);
                if (finalQuiz != null) {
                    ids.claim("quiz", finalQuiz.id(), files.rel(quizPath), 1);
                }
            }
        }
        completion(y);
        List<String> matrixIds = y.strings("matrices", false);
        List<String> caseIds = y.strings("cases", false);
        Map<Language, Course.CardText> translations = translations(y);
        if (id == null || title == null || summary == null || finalQuiz == null) {
            return Optional.empty();
        }
        Course course = new Course(id, version, files.hashTree(dir), title, summary, Set.copyOf(audiences),
                List.copyOf(languages), minutes, List.copyOf(outcomes), List.copyOf(modules), finalQuiz,
                List.copyOf(matrixIds), List.copyOf(caseIds), translations);
        return Optional.of(new Loaded(course, lessonSources, links));
    }

    private void completion(Yml y) {
        y.get("completion").ifPresent(c -> {
            String lessons = c.optStr("lessons");
            String quiz = c.optStr("final_quiz");
            if (!"all".equals(lessons) || !"passed".equals(quiz)) {
                files.problems().add(y.file(), c.line(),
                        "the only completion rule supported is {lessons: all, final_quiz: passed}");
            }
        });
    }

    private Map<Language, Course.CardText> translations(Yml y) {
        Map<Language, Course.CardText> result = new EnumMap<>(Language.class);
        y.get("translations").ifPresent(t -> {
            for (String tag : t.keys()) {
                Optional<Language> language = Language.fromTag(tag).filter(l -> l.tag().equals(tag) && l != Language.EN);
                if (language.isEmpty()) {
                    files.problems().add(y.file(), t.line(), "unknown translation language '" + tag + "'");
                    continue;
                }
                Yml tr = t.get(tag).orElseThrow();
                result.put(language.get(), new Course.CardText(tr.optStr("title"), tr.optStr("summary"),
                        tr.strings("outcomes", false)));
            }
        });
        return result;
    }

    private Optional<CourseModule> module(Path dir, String courseId, Map<String, LessonSource> sources,
            List<LinkUse> links) {
        Optional<Yml> doc = files.yamlFile(dir.resolve("module.yaml"));
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        Yml y = doc.get();
        String id = files.id(y, "id");
        ids.claim("module", id, y.file(), y.line());
        String title = y.str("title");
        List<String> outcomes = y.strings("outcomes", false);
        List<LessonRef> lessons = new ArrayList<>();
        List<Yml> lessonItems = y.list("lessons", true);
        if (lessonItems.isEmpty()) {
            files.problems().add(y.file(), y.line(), "a module needs at least one lesson");
        }
        for (Yml l : lessonItems) {
            String folder = l.text();
            if (folder == null || folder.contains("..") || folder.contains("/")) {
                files.problems().add(y.file(), l.line(), "lesson entries are folder names inside the module");
                continue;
            }
            Path lessonDir = dir.resolve(folder);
            if (!Files.isDirectory(lessonDir)) {
                files.problems().add(y.file(), l.line(), "lesson folder '" + folder + "' does not exist");
                continue;
            }
            lesson(lessonDir, courseId, id, sources, links).ifPresent(lessons::add);
        }
        checkUnlisted(dir, lessonItems.stream().map(Yml::text).toList(), y.file(), "lesson");
        Quiz quiz = null;
        String quizFile = y.optStr("quiz");
        if (quizFile != null) {
            Path quizPath = dir.resolve(quizFile).normalize();
            if (!quizPath.startsWith(dir)) {
                files.problems().add(y.file(), y.line(), "quiz must be a file inside the module");
            } else {
                quiz = quizzes.load(quizPath, courseId, 1).orElse(null);
                if (quiz != null) {
                    ids.claim("quiz", quiz.id(), files.rel(quizPath), 1);
                }
            }
        }
        Map<Language, String> titles = new EnumMap<>(Language.class);
        y.get("translations").ifPresent(t -> t.keys().forEach(tag -> Language.fromTag(tag)
                .ifPresent(lang -> t.get(tag).flatMap(tr -> Optional.ofNullable(tr.optStr("title")))
                        .ifPresent(tt -> titles.put(lang, tt)))));
        if (id == null || title == null) {
            return Optional.empty();
        }
        return Optional.of(new CourseModule(id, title, List.copyOf(outcomes), List.copyOf(lessons), quiz, titles));
    }

    private Optional<LessonRef> lesson(Path dir, String courseId, String moduleId, Map<String, LessonSource> sources,
            List<LinkUse> links) {
        Path english = dir.resolve("index.md");
        Optional<String> text = files.read(english);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String file = files.rel(english);
        FrontMatter fm = FrontMatter.split(text.get());
        if (fm.yaml() == null) {
            files.problems().add(file, 1, "a lesson starts with YAML front matter between '---' lines");
            return Optional.empty();
        }
        Optional<Yml> doc = files.yaml(fm.yaml(), file, fm.yamlLineOffset());
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        Yml y = doc.get();
        String id = files.id(y, "id");
        ids.claim("lesson", id, file, y.line());
        String title = y.str("title");
        int minutes = y.integer("minutes", 1, 120);
        var cites = files.cites(y, "cites", true);
        checkBody(fm.body(), file, fm.bodyStartLine(), links);
        int words = wordCount(fm.body());
        if (words < MIN_WORDS || words > MAX_WORDS) {
            files.problems().warn(file, fm.bodyStartLine(), "lesson has " + words + " words; aim for "
                    + MIN_WORDS + "-" + MAX_WORDS);
        }
        Map<Language, String> bodies = new EnumMap<>(Language.class);
        Map<Language, String> titles = new EnumMap<>(Language.class);
        bodies.put(Language.EN, fm.body());
        titles.put(Language.EN, title);
        for (Language language : Language.values()) {
            if (language == Language.EN) {
                continue;
            }
            Path translated = dir.resolve("index." + language.tag() + ".md");
            if (Files.isRegularFile(translated)) {
                translation(translated, id, links).ifPresent(t -> {
                    bodies.put(language, t.body());
                    titles.put(language, t.title());
                });
            }
        }
        checkStrayFiles(dir);
        if (id == null || title == null) {
            return Optional.empty();
        }
        sources.put(id, new LessonSource(courseId, file, bodies, titles));
        Map<Language, String> translatedTitles = new EnumMap<>(titles);
        translatedTitles.remove(Language.EN);
        return Optional.of(new LessonRef(id, courseId, moduleId, title, minutes, cites, Set.copyOf(bodies.keySet()),
                translatedTitles, ContentFiles.hash(text.get()), words));
    }

    private record Translation(String title, String body) {
    }

    private Optional<Translation> translation(Path file, String englishId, List<LinkUse> links) {
        Optional<String> text = files.read(file);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String rel = files.rel(file);
        FrontMatter fm = FrontMatter.split(text.get());
        if (fm.yaml() == null) {
            files.problems().add(rel, 1, "a translation starts with YAML front matter between '---' lines");
            return Optional.empty();
        }
        Optional<Yml> doc = files.yaml(fm.yaml(), rel, fm.yamlLineOffset());
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        String id = doc.get().str("id");
        String title = doc.get().str("title");
        if (id != null && !id.equals(englishId)) {
            files.problems().add(rel, doc.get().line(), "a translation keeps the lesson's id '" + englishId
                    + "', not '" + id + "'");
        }
        checkBody(fm.body(), rel, fm.bodyStartLine(), links);
        return title == null ? Optional.empty() : Optional.of(new Translation(title, fm.body()));
    }

    private void checkBody(String body, String file, int firstLine, List<LinkUse> links) {
        if (body == null || body.isBlank()) {
            files.problems().add(file, firstLine, "the lesson has no text");
            return;
        }
        files.checkTextCitations(body, file, firstLine);
        var html = RAW_HTML.matcher(body.replaceAll("`[^`]*`", ""));
        if (html.find()) {
            int line = firstLine + (int) body.substring(0, Math.min(html.start(), body.length())).chars()
                    .filter(c -> c == '\n').count();
            files.problems().warn(file, line, "raw HTML is not allowed and is shown as text: " + html.group());
        }
        var link = LESSON_LINK.matcher(body);
        while (link.find()) {
            int line = firstLine + (int) body.substring(0, link.start()).chars().filter(c -> c == '\n').count();
            links.add(new LinkUse(file, line, link.group(1)));
        }
    }

    private void checkUnlisted(Path dir, List<String> listed, String file, String kind) {
        try (var children = Files.list(dir)) {
            children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !listed.contains(name))
                    .forEach(name -> files.problems().warn(file, 0, kind + " folder '" + name
                            + "' is not listed and will not be shown"));
        } catch (IOException e) {
            files.problems().add(file, 0, "cannot list " + dir.getFileName() + ": " + e.getMessage());
        }
    }

    private void checkStrayFiles(Path dir) {
        try (var children = Files.list(dir)) {
            children.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("index.") && n.endsWith(".md") && !n.equals("index.md"))
                    .filter(n -> Language.fromTag(n.substring(6, n.length() - 3)).filter(l -> l != Language.EN)
                            .filter(l -> l.tag().equals(n.substring(6, n.length() - 3))).isEmpty())
                    .forEach(n -> files.problems().warn(files.rel(dir.resolve(n)), 0,
                            "translation file for an unsupported language is ignored (fr, es, ru, ar, zh)"));
        } catch (IOException e) {
            // reported elsewhere when the lesson cannot be read
        }
    }

    static int wordCount(String markdown) {
        String text = markdown.replaceAll("[#>*_`|\\-]+", " ");
        int words = 0;
        for (String token : text.split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words++;
            }
        }
        return words;
    }
}
