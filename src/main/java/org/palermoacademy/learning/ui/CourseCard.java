package org.palermoacademy.learning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.stream.Collectors;
import org.palermoacademy.catalog.Course;
import org.palermoacademy.learning.CourseProgress;
import org.palermoacademy.shared.Language;

/** A course in the catalogue: title, audiences, length, languages, and the learner's progress. */
class CourseCard extends Div {

    CourseCard(Course course, CourseProgress progress, Language language) {
        addClassName("pa-card");
        addClassName("pa-course-card");
        getElement().setAttribute("data-course", course.id());
        Anchor title = new Anchor("courses/" + course.id(), course.title(language));
        title.addClassName("pa-card-title");
        Paragraph summary = new Paragraph(course.summary(language));
        Span audiences = new Span(course.audiences().stream().sorted().map(a -> LearningUi.audience(this, a))
                .collect(Collectors.joining(" · ")));
        audiences.addClassName("pa-muted");
        Span facts = new Span(getTranslation("course.facts", course.minutes() / 60, course.minutes() % 60,
                course.lessonIds().size(), course.languages().stream().map(Language::nativeName)
                        .collect(Collectors.joining(", "))));
        facts.addClassName("pa-muted");
        add(title, summary, new Div(audiences), new Div(facts));
        if (progress != null && progress.enrolled()) {
            ProgressBar bar = new ProgressBar(0, 100, progress.percent());
            bar.getElement().setAttribute("aria-label", getTranslation("course.progress", progress.percent()));
            Span label = new Span(progress.completed() ? getTranslation("course.completed")
                    : getTranslation("course.progress", progress.percent()));
            label.addClassName("pa-progress-label");
            add(bar, label);
        }
    }
}
