package org.palermoacademy.learning.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.palermoacademy.identity.UserProfileService;

/** "My learning": every signed-in person can learn; learners start here. */
@Route("learning")
@Menu(title = "nav.myLearning", order = 10, icon = "ACADEMY_CAP")
@PermitAll
class MyLearningView extends Main implements HasDynamicTitle {

    MyLearningView(UserProfileService profiles) {
        setId("my-learning");
        addClassName("pa-page");
        String name = profiles.myProfile().map(p -> p.displayName()).orElse("");
        add(new H1(getTranslation("learning.home.title")),
                new Paragraph(getTranslation("learning.home.welcome", name)),
                new Paragraph(getTranslation("learning.home.intro")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myLearning");
    }
}
