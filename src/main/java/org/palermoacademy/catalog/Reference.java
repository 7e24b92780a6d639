package org.palermoacademy.catalog;

import java.util.List;

/** Public API records for the smaller content kinds. */
public final class Reference {

    private Reference() {
    }

    /** Our own summary of one article of the Convention. */
    public record ArticleSummary(int article, String title, String summary) {
    }

    public record GlossaryTerm(String id, String term, String definition, List<Citation> cites) {
    }

    /** A model-law, guide or tool summary page. */
    public record Page(String id, String title, String kind, List<Citation> cites, String html) {
    }

    /** A fictionalised case study from the digest. */
    public record CaseStudy(String id, String title, List<Citation> articles, List<String> obstacles,
            List<String> cooperation, List<String> states, String html, String text) {
    }

    /** One issue of a joint-investigation or special-techniques matrix. */
    public record MatrixRow(String id, String issue, String category, String arises, List<String> solutions,
            List<String> examples, List<Citation> cites) {
    }

    public record Matrix(String id, String title, Citation article, List<MatrixRow> rows) {
    }

    /** An ordered list of courses recommended to one audience. */
    public record LearningPath(Audience audience, String title, String description, List<String> courseIds) {
    }
}
