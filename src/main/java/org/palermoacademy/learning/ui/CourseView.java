package org.palermoacademy.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Course;
import org.palermoacademy.catalog.CourseModule;
import org.palermoacademy.catalog.LessonRef;
import org.palermoacademy.catalog.Quiz;
import org.palermoacademy.learning.CourseProgress;
import org.palermoacademy.learning.ProgressService;
import org.palermoacademy.shared.Language;

/** A course: outcomes, modules and lessons with completion ticks, quizzes, progress and "resume". */
@Route("courses/:courseId")
@PermitAll
class CourseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Catalog catalog;
    private final transient ProgressService progressService;
    private String title = "";

    CourseView(Catalog catalog, ProgressService progressService) {
        this.catalog = catalog;
        this.progressService = progressService;
        setId("course");
        addClassName("pa-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Course course = catalog.course(event.getRouteParameters().get("courseId").orElse("")).orElse(null);
        if (course == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(course, progressService.myProgress(course.id()));
    }

    private void show(Course course, CourseProgress p) {
        removeAll();
        Language lang = LearningUi.language(this);
        title = course.title(lang);
        add(new Anchor("courses", getTranslation("course.back")), new H1(title), new Paragraph(course.summary(lang)));
        ProgressBar bar = new ProgressBar(0, 100, p.percent());
        bar.setId("course-progress");
        bar.getElement().setAttribute("aria-label", getTranslation("course.progress", p.percent()));
        Span label = new Span(p.completed() ? getTranslation("course.completedOn", p.completedAt().toString().substring(0, 10))
                : getTranslation("course.progress", p.percent()));
        label.setId("course-progress-label");
        String resumeLabel = p.enrolled() ? getTranslation("course.resume") : getTranslation("course.start");
        Button resume = new Button(resumeLabel, e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(
                "courses/" + course.id() + "/lessons/" + p.resumeLessonId())));
        resume.setId("resume");
        resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Div(bar, label), resume);
        if (p.newSinceEnrolment() && !p.updatedLessons().isEmpty()) {
            add(new Paragraph(getTranslation("course.updatedSince")));
        }
        add(new H2(getTranslation("course.outcomes")));
        UnorderedList outcomes = new UnorderedList();
        course.outcomes(lang).forEach(o -> outcomes.add(new ListItem(o)));
        add(outcomes);
        for (CourseModule module : course.modules()) {
            add(new H2(module.title(lang)));
            OrderedList lessons = new OrderedList();
            lessons.addClassName("pa-lesson-list");
            for (LessonRef lesson : module.lessons()) {
                lessons.add(lessonItem(course, lesson, p, lang));
            }
            add(lessons);
            if (module.quiz() != null) {
                add(quizLink(course, module.quiz(), p));
            }
        }
        add(new H2(getTranslation("course.finalQuiz")), quizLink(course, course.finalQuiz(), p));
        resources(course);
    }

    private ListItem lessonItem(Course course, LessonRef lesson, CourseProgress p, Language lang) {
        boolean done = p.completedLessons().contains(lesson.id());
        Anchor link = new Anchor("courses/" + course.id() + "/lessons/" + lesson.id(), lesson.title(lang));
        link.getElement().setAttribute("data-lesson", lesson.id());
        ListItem item = new ListItem();
        Span tick = new Span(done ? "✓" : "○");
        tick.addClassName(done ? "pa-tick-done" : "pa-tick");
        tick.getElement().setAttribute("aria-label", getTranslation(done ? "course.lessonDone" : "course.lessonToDo"));
        item.add(tick, link, new Span(" · " + getTranslation("course.minutes", lesson.minutes())));
        if (p.updatedLessons().contains(lesson.id())) {
            item.add(LearningUi.badge(getTranslation("course.updated"), "contrast"));
        }
        if (lang != Language.EN && !lesson.languages().contains(lang)) {
            item.add(LearningUi.badge(getTranslation("course.englishOnly"), "small"));
        }
        item.getElement().setAttribute("data-done", String.valueOf(done));
        return item;
    }

    private Div quizLink(Course course, Quiz quiz, CourseProgress p) {
        Anchor link = new Anchor("courses/" + course.id() + "/quizzes/" + quiz.id(), quiz.title());
        link.getElement().setAttribute("data-quiz", quiz.id());
        Div d = new Div(link);
        Integer best = p.bestQuizScores().get(quiz.id());
        if (best != null) {
            d.add(new Span(" · " + getTranslation("quiz.best", best)));
        }
        return d;
    }

    private void resources(Course course) {
        if (!course.matrixIds().isEmpty() || !course.caseIds().isEmpty()) {
            add(new H2(getTranslation("course.resources")));
            UnorderedList list = new UnorderedList();
            course.matrixIds().forEach(id -> catalog.matrix(id).ifPresent(m ->
                    list.add(new ListItem(new Anchor("matrices/" + id, m.title())))));
            course.caseIds().forEach(id -> catalog.caseStudy(id).ifPresent(c ->
                    list.add(new ListItem(new Anchor("cases/" + id, c.title())))));
            add(list);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
