package org.palermoacademy.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Course;
import org.palermoacademy.identity.UserProfileService;
import org.palermoacademy.learning.CourseProgress;
import org.palermoacademy.learning.ProgressService;
import org.palermoacademy.shared.Language;

/** "My learning": courses in progress with resume, completed courses, and time spent. */
@Route("learning")
@Menu(title = "nav.myLearning", order = 10, icon = "ACADEMY_CAP")
@PermitAll
class MyLearningView extends Main implements HasDynamicTitle {

    MyLearningView(UserProfileService profiles, ProgressService progress, Catalog catalog) {
        setId("my-learning");
        addClassName("pa-page");
        String name = profiles.myProfile().map(p -> p.displayName()).orElse("");
        add(new H1(getTranslation("learning.home.title")), new Paragraph(getTranslation("learning.home.welcome", name)));
        List<CourseProgress> all = progress.myLearning();
        long seconds = all.stream().mapToLong(CourseProgress::secondsSpent).sum();
        Paragraph time = new Paragraph(getTranslation("learning.timeSpent", LearningUi.duration(this, seconds)));
        time.setId("time-spent");
        add(time);
        Language lang = LearningUi.language(this);
        Div inProgress = section("in-progress", getTranslation("learning.inProgress"));
        Div completed = section("completed", getTranslation("learning.completed"));
        for (CourseProgress p : all) {
            catalog.course(p.courseId()).ifPresent(c -> (p.completed() ? completed : inProgress).add(card(c, p, lang)));
        }
        if (inProgress.getComponentCount() == 1) {
            inProgress.add(new Paragraph(getTranslation("learning.nothingInProgress")));
        }
        if (completed.getComponentCount() == 1) {
            completed.add(new Paragraph(getTranslation("learning.nothingCompleted")));
        }
        Anchor browse = new Anchor("courses", getTranslation("learning.browse"));
        browse.setId("browse-courses");
        add(inProgress, completed, browse);
    }

    private Div section(String id, String title) {
        Div d = new Div(new H2(title));
        d.setId(id);
        d.addClassName("pa-cards-section");
        return d;
    }

    private Div card(Course course, CourseProgress p, Language lang) {
        Div card = new Div();
        card.addClassName("pa-card");
        card.getElement().setAttribute("data-course", course.id());
        Anchor title = new Anchor("courses/" + course.id(), course.title(lang));
        title.addClassName("pa-card-title");
        card.add(title);
        if (p.completed()) {
            card.add(new Paragraph(getTranslation("course.completedOn", p.completedAt().toString().substring(0, 10))));
        } else {
            ProgressBar bar = new ProgressBar(0, 100, p.percent());
            bar.getElement().setAttribute("aria-label", getTranslation("course.progress", p.percent()));
            Button resume = new Button(getTranslation("course.resume"), e -> getUI().ifPresent(ui ->
                    ui.navigate("courses/" + course.id() + "/lessons/" + p.resumeLessonId())));
            resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            resume.getElement().setAttribute("data-resume", course.id());
            card.add(bar, new Span(getTranslation("course.progress", p.percent())), new Div(resume));
        }
        Span spent = new Span(getTranslation("learning.courseTime", LearningUi.duration(this, p.secondsSpent())));
        spent.addClassName("pa-muted");
        card.add(new Div(spent));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myLearning");
    }
}
