package org.palermoacademy.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Course;
import org.palermoacademy.catalog.Quiz;
import org.palermoacademy.learning.ProgressService;
import org.palermoacademy.learning.QuizFeedback;

/** Takes a quiz: immediate per-question feedback after submitting, the score, and retakes. */
@Route("courses/:courseId/quizzes/:quizId")
@PermitAll
class QuizView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Catalog catalog;
    private final transient ProgressService progress;
    private final List<QuestionCard> cards = new ArrayList<>();
    private String title = "";

    QuizView(Catalog catalog, ProgressService progress) {
        this.catalog = catalog;
        this.progress = progress;
        setId("quiz");
        addClassName("pa-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get("courseId").orElse("");
        String quizId = event.getRouteParameters().get("quizId").orElse("");
        Course course = catalog.course(courseId).orElse(null);
        Quiz quiz = course == null ? null : catalog.quiz(courseId, quizId).orElse(null);
        if (quiz == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(course, quiz);
    }

    private void show(Course course, Quiz quiz) {
        removeAll();
        cards.clear();
        title = quiz.title();
        add(new Anchor("courses/" + course.id(), course.title(LearningUi.language(this))), new H1(quiz.title()),
                new Paragraph(getTranslation("quiz.intro", quiz.questions().size(), quiz.passMark())));
        List<QuizFeedback> attempts = progress.myAttempts(course.id(), quiz.id());
        if (!attempts.isEmpty()) {
            int best = attempts.stream().mapToInt(QuizFeedback::scorePercent).max().orElse(0);
            add(new Paragraph(getTranslation("quiz.previous", attempts.size(), best)));
        }
        Random random = new Random();
        int n = 1;
        for (Quiz.Question q : quiz.questions()) {
            QuestionCard card = new QuestionCard(n++, q, random);
            cards.add(card);
            add(card);
        }
        Div result = new Div();
        result.setId("quiz-result");
        Button submit = new Button(getTranslation("quiz.submit"));
        submit.setId("submit-quiz");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit(course, quiz, submit, result));
        add(submit, result);
    }

    private void submit(Course course, Quiz quiz, Button submit, Div result) {
        Map<String, List<String>> answers = new HashMap<>();
        for (int i = 0; i < cards.size(); i++) {
            List<String> a = cards.get(i).answer();
            if (a != null) {
                answers.put(quiz.questions().get(i).id(), a);
            }
        }
        if (answers.size() < quiz.questions().size()) {
            Notification n = Notification.show(getTranslation("quiz.unanswered",
                    quiz.questions().size() - answers.size()));
            n.addThemeVariants(NotificationVariant.LUMO_WARNING);
            submit.setEnabled(true);
            return;
        }
        QuizFeedback feedback = progress.submitQuiz(course.id(), quiz.id(), answers);
        for (int i = 0; i < cards.size(); i++) {
            cards.get(i).showResult(feedback.correct().getOrDefault(quiz.questions().get(i).id(), false), catalog);
        }
        submit.setVisible(false);
        Paragraph score = new Paragraph(getTranslation(feedback.passed() ? "quiz.passed" : "quiz.failed",
                feedback.scorePercent(), feedback.passMark()));
        score.setId("quiz-score");
        score.getElement().setAttribute("data-passed", String.valueOf(feedback.passed()));
        Button retake = new Button(getTranslation("quiz.retake"), e -> show(course, quiz));
        retake.setId("retake-quiz");
        Button back = new Button(getTranslation("quiz.backToCourse"),
                e -> getUI().ifPresent(ui -> ui.navigate("courses/" + course.id())));
        back.setId("back-to-course");
        result.removeAll();
        result.add(score, retake, back);
        score.getElement().callJsFunction("scrollIntoView");
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
