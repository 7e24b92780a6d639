package org.palermoacademy.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.palermoacademy.shared.Language;

/**
 * A course as published: ordered modules of lessons, a final quiz, and its content version (a hash of
 * all its files). {@code translations} holds translated card texts per language.
 */
public record Course(
        String id,
        int editorialVersion,
        String contentVersion,
        String title,
        String summary,
        Set<Audience> audiences,
        List<Language> languages,
        int minutes,
        List<String> outcomes,
        List<CourseModule> modules,
        Quiz finalQuiz,
        List<String> matrixIds,
        List<String> caseIds,
        Map<Language, CardText> translations) {

    /** Translated title, summary and outcomes for a catalogue card. */
    public record CardText(String title, String summary, List<String> outcomes) {
    }

    public Stream<LessonRef> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream());
    }

    public List<String> lessonIds() {
        return lessons().map(LessonRef::id).toList();
    }

    public String title(Language language) {
        CardText t = translations.get(language);
        return t != null && t.title() != null ? t.title() : title;
    }

    public String summary(Language language) {
        CardText t = translations.get(language);
        return t != null && t.summary() != null ? t.summary() : summary;
    }

    public List<String> outcomes(Language language) {
        CardText t = translations.get(language);
        return t != null && t.outcomes() != null && !t.outcomes().isEmpty() ? t.outcomes() : outcomes;
    }

    /** Every article cited anywhere in the course (lessons and quizzes), for search. */
    public Set<Integer> citedArticles() {
        var articles = new java.util.TreeSet<Integer>();
        lessons().forEach(l -> l.cites().forEach(c -> articles.add(c.article())));
        modules.stream().map(CourseModule::quiz).filter(java.util.Objects::nonNull)
                .forEach(q -> q.citedArticles().forEach(articles::add));
        finalQuiz.citedArticles().forEach(articles::add);
        return articles;
    }
}
