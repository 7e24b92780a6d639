package org.palermoacademy.learning.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Course;
import org.palermoacademy.catalog.Lesson;
import org.palermoacademy.catalog.ui.CitationChips;
import org.palermoacademy.catalog.ui.SafeHtml;
import org.palermoacademy.learning.ProgressService;

/** The lesson reader: text, citation chips, previous/next, and "mark as complete". */
@Route("courses/:courseId/lessons/:lessonId")
@PermitAll
class LessonView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Catalog catalog;
    private final transient ProgressService progress;
    private String courseId;
    private String title = "";
    private Instant openedAt;

    LessonView(Catalog catalog, ProgressService progress) {
        this.catalog = catalog;
        this.progress = progress;
        setId("lesson");
        addClassName("pa-page");
        addClassName("pa-reader");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        creditStudyTime(); // moving from lesson to lesson reuses this view
        courseId = event.getRouteParameters().get("courseId").orElse("");
        String lessonId = event.getRouteParameters().get("lessonId").orElse("");
        Course course = catalog.course(courseId).orElse(null);
        Lesson lesson = course == null ? null
                : catalog.lesson(courseId, lessonId, LearningUi.language(this)).orElse(null);
        if (lesson == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        progress.openLesson(courseId, lessonId);
        openedAt = Instant.now();
        show(course, lesson);
    }

    private void show(Course course, Lesson lesson) {
        removeAll();
        title = lesson.title();
        add(new Anchor("courses/" + course.id(), course.title(LearningUi.language(this))));
        if (lesson.fallback()) {
            Paragraph note = new Paragraph(getTranslation("lesson.fallback"));
            note.setId("fallback-note");
            note.addClassName("pa-note");
            add(note);
        }
        H1 heading = new H1(lesson.title());
        heading.getElement().setAttribute("lang", lesson.language().tag());
        Span minutes = new Span(getTranslation("course.minutes", lesson.ref().minutes()));
        minutes.addClassName("pa-muted");
        SafeHtml body = new SafeHtml(lesson.html());
        body.setId("lesson-body");
        body.getElement().setAttribute("lang", lesson.language().tag());
        add(heading, minutes, new CitationChips(lesson.ref().cites(), catalog), body, navigation(course, lesson));
    }

    private Div navigation(Course course, Lesson lesson) {
        List<String> ids = course.lessonIds();
        int index = ids.indexOf(lesson.ref().id());
        Div nav = new Div();
        nav.addClassName("pa-lesson-nav");
        if (index > 0) {
            Button previous = new Button(getTranslation("lesson.previous"), VaadinIcon.ARROW_BACKWARD.create(),
                    e -> go(ids.get(index - 1)));
            previous.setId("previous-lesson");
            nav.add(previous);
        }
        boolean done = progress.myProgress(course.id()).completedLessons().contains(lesson.ref().id());
        Button complete = new Button(getTranslation(done ? "lesson.completed" : "lesson.markComplete"));
        complete.setId("mark-complete");
        complete.setEnabled(!done);
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.addClickListener(e -> {
            progress.completeLesson(course.id(), lesson.ref().id());
            complete.setText(getTranslation("lesson.completed"));
            complete.setEnabled(false);
        });
        nav.add(complete);
        if (index < ids.size() - 1) {
            Button next = new Button(getTranslation("lesson.next"), VaadinIcon.ARROW_FORWARD.create(),
                    e -> go(ids.get(index + 1)));
            next.setIconAfterText(true);
            next.setId("next-lesson");
            nav.add(next);
        } else {
            Button quiz = new Button(getTranslation("lesson.toQuiz"), e -> getUI().ifPresent(ui ->
                    ui.navigate("courses/" + course.id() + "/quizzes/" + course.finalQuiz().id())));
            quiz.setId("to-final-quiz");
            nav.add(quiz);
        }
        return nav;
    }

    private void go(String lessonId) {
        getUI().ifPresent(ui -> ui.navigate("courses/" + courseId + "/lessons/" + lessonId));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (openedAt == null) {
            openedAt = Instant.now();
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        creditStudyTime();
        super.onDetach(detachEvent);
    }

    private void creditStudyTime() {
        if (openedAt != null && courseId != null && !courseId.isEmpty()) {
            try {
                progress.addStudyTime(courseId, Duration.between(openedAt, Instant.now()).toSeconds());
            } catch (RuntimeException ignored) {
                // study time is best effort; never block leaving the page
            }
        }
        openedAt = null;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
