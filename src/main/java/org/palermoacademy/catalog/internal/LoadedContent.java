package org.palermoacademy.catalog.internal;

import java.util.List;
import java.util.Map;
import org.palermoacademy.catalog.ContentProblem;
import org.palermoacademy.catalog.Course;
import org.palermoacademy.catalog.Reference.ArticleSummary;
import org.palermoacademy.catalog.Reference.CaseStudy;
import org.palermoacademy.catalog.Reference.GlossaryTerm;
import org.palermoacademy.catalog.Reference.LearningPath;
import org.palermoacademy.catalog.Reference.Matrix;
import org.palermoacademy.catalog.Reference.Page;

/** Everything read from one content tree: what loaded, and every problem found. */
public record LoadedContent(
        Map<String, Course> courses,
        Map<String, LessonSource> lessons,
        Map<Integer, ArticleSummary> articles,
        List<GlossaryTerm> glossary,
        List<LearningPath> paths,
        Map<String, Page> pages,
        Map<String, CaseStudy> cases,
        Map<String, Matrix> matrices,
        Map<String, org.palermoacademy.catalog.CountryProfile> countries,
        Map<String, org.palermoacademy.catalog.Scenario> scenarios,
        Map<String, org.palermoacademy.catalog.Programme> programmes,
        List<String> skippedCourses,
        List<String> skippedProgrammes,
        List<ContentProblem> problems,
        long loadMillis) {

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> !p.warning());
    }

    public long errorCount() {
        return problems.stream().filter(p -> !p.warning()).count();
    }
}
