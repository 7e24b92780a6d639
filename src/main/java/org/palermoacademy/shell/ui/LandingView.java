package org.palermoacademy.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.palermoacademy.identity.CurrentUser;
import org.palermoacademy.shell.HomeRoutes;

/** The public front page; signed-in people are sent straight to their home. */
@Route("")
@AnonymousAllowed
class LandingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CurrentUser currentUser;

    LandingView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        setId("landing");
        addClassName("pa-page");
        H1 title = new H1(getTranslation("landing.title"));
        Paragraph lead = new Paragraph(getTranslation("landing.lead"));
        lead.addClassName("pa-lead");
        Anchor signIn = new Anchor("/oauth2/authorization/keycloak", getTranslation("landing.signIn"));
        signIn.setRouterIgnore(true);
        signIn.setId("landing-sign-in");
        signIn.addClassName("pa-button-primary");
        Div features = new Div(
                feature("landing.courses.title", "landing.courses.text"),
                feature("landing.exercises.title", "landing.exercises.text"),
                feature("landing.trainers.title", "landing.trainers.text"),
                feature("landing.networks.title", "landing.networks.text"));
        features.addClassName("pa-features");
        add(title, lead, signIn, features);
    }

    private Div feature(String titleKey, String textKey) {
        Div card = new Div(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)));
        card.addClassName("pa-card");
        return card;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.signedIn()) {
            event.forwardTo(HomeRoutes.homeFor(currentUser.roles()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
