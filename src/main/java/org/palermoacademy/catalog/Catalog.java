package org.palermoacademy.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.palermoacademy.catalog.Reference.ArticleSummary;
import org.palermoacademy.catalog.Reference.CaseStudy;
import org.palermoacademy.catalog.Reference.GlossaryTerm;
import org.palermoacademy.catalog.Reference.LearningPath;
import org.palermoacademy.catalog.Reference.Matrix;
import org.palermoacademy.catalog.Reference.Page;
import org.palermoacademy.catalog.internal.ContentLoader;
import org.palermoacademy.catalog.internal.LoadedContent;
import org.palermoacademy.catalog.internal.MarkdownRenderer;
import org.palermoacademy.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Read access to the published content. Content is the same for every signed-in person, so reads are
 * open to any authenticated caller; reloading and the problem report are for administrators.
 */
@Service
public class Catalog {

    private static final Logger log = LoggerFactory.getLogger(Catalog.class);
    private final java.nio.file.Path root;
    private final AtomicReference<LoadedContent> content = new AtomicReference<>();

    Catalog(@Value("${palermo.content.dir:content}") String root) {
        this.root = java.nio.file.Path.of(root);
        reloadInternal();
    }

    private LoadedContent reloadInternal() {
        LoadedContent loaded = ContentLoader.load(root);
        content.set(loaded);
        loaded.problems().stream().filter(p -> !p.warning()).forEach(p -> log.error("Content: {}", p));
        long warnings = loaded.problems().stream().filter(ContentProblem::warning).count();
        List<String> skipped = new java.util.ArrayList<>(loaded.skippedCourses());
        skipped.addAll(loaded.skippedProgrammes());
        log.info("Content: {} courses, {} lessons, {} cases, {} scenarios, {} programmes loaded from {} in {} ms ({} errors, {} warnings{})",
                loaded.courses().size(), loaded.lessons().size(), loaded.cases().size(), loaded.scenarios().size(),
                loaded.programmes().size(), root.toAbsolutePath(),
                loaded.loadMillis(), loaded.errorCount(), warnings,
                skipped.isEmpty() ? "" : "; skipped: " + String.join(", ", skipped));
        return loaded;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<ContentProblem> reload() {
        return reloadInternal().problems();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<ContentProblem> problems() {
        return content.get().problems();
    }

    @PreAuthorize("isAuthenticated()")
    public List<Course> courses() {
        return List.copyOf(content.get().courses().values());
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Course> course(String id) {
        return Optional.ofNullable(id).map(content.get().courses()::get);
    }

    /** The lesson in the language asked for, or in English marked as a fallback. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Lesson> lesson(String courseId, String lessonId, Language language) {
        LoadedContent c = content.get();
        Course course = c.courses().get(courseId);
        if (course == null) {
            return Optional.empty();
        }
        Optional<LessonRef> ref = course.lessons().filter(l -> l.id().equals(lessonId)).findFirst();
        var source = c.lessons().get(lessonId);
        if (ref.isEmpty() || source == null) {
            return Optional.empty();
        }
        boolean translated = source.bodies().containsKey(language);
        Language shown = translated ? language : Language.EN;
        String html = MarkdownRenderer.render(source.bodies().get(shown), target -> lessonHref(c, target));
        return Optional.of(new Lesson(ref.get(), shown, !translated && language != Language.EN,
                source.titles().get(shown), html));
    }

    private static String lessonHref(LoadedContent c, String lessonId) {
        var source = c.lessons().get(lessonId);
        return source == null ? null : "courses/" + source.courseId() + "/lessons/" + lessonId;
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Quiz> quiz(String courseId, String quizId) {
        return course(courseId).flatMap(course -> {
            if (course.finalQuiz().id().equals(quizId)) {
                return Optional.of(course.finalQuiz());
            }
            return course.modules().stream().map(CourseModule::quiz).filter(q -> q != null && q.id().equals(quizId))
                    .findFirst();
        });
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<ArticleSummary> article(int number) {
        return Optional.ofNullable(content.get().articles().get(number));
    }

    @PreAuthorize("isAuthenticated()")
    public List<GlossaryTerm> glossary() {
        return content.get().glossary();
    }

    @PreAuthorize("isAuthenticated()")
    public List<LearningPath> paths() {
        return content.get().paths();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Page> page(String id) {
        return Optional.ofNullable(content.get().pages().get(id));
    }

    @PreAuthorize("isAuthenticated()")
    public List<Page> pages() {
        return content.get().pages().values().stream().sorted(Comparator.comparing(Page::title)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Matrix> matrix(String id) {
        return Optional.ofNullable(content.get().matrices().get(id));
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<CaseStudy> caseStudy(String id) {
        return Optional.ofNullable(content.get().cases().get(id));
    }

    /**
     * Cases matching all given filters: an article number cited, an obstacle, and free text in the
     * title or body (each filter optional).
     */
    @PreAuthorize("isAuthenticated()")
    public List<CaseStudy> searchCases(Integer article, String obstacle, String text) {
        String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return content.get().cases().values().stream()
                .filter(c -> article == null || c.articles().stream().anyMatch(a -> a.article() == article))
                .filter(c -> obstacle == null || obstacle.isBlank() || c.obstacles().contains(obstacle))
                .filter(c -> needle.isEmpty() || c.title().toLowerCase(Locale.ROOT).contains(needle)
                        || c.text().toLowerCase(Locale.ROOT).contains(needle))
                .sorted(Comparator.comparing(CaseStudy::title))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public List<Scenario> scenarios() {
        return List.copyOf(content.get().scenarios().values());
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Scenario> scenario(String id) {
        return Optional.ofNullable(id).map(content.get().scenarios()::get);
    }

    /** The certification programmes, in file-name order. */
    @PreAuthorize("isAuthenticated()")
    public List<Programme> programmes() {
        return List.copyOf(content.get().programmes().values());
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Programme> programme(String id) {
        return Optional.ofNullable(id).map(content.get().programmes()::get);
    }

    @PreAuthorize("isAuthenticated()")
    public java.util.Map<String, CountryProfile> countries() {
        return content.get().countries();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<CountryProfile> country(String id) {
        return Optional.ofNullable(id).map(content.get().countries()::get);
    }

    @PreAuthorize("isAuthenticated()")
    public Set<String> obstacleVocabulary() {
        return new java.util.TreeSet<>(content.get().cases().values().stream()
                .flatMap(c -> c.obstacles().stream()).toList());
    }
}
