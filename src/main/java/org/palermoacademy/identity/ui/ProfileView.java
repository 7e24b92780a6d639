package org.palermoacademy.identity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.palermoacademy.identity.UserProfile;
import org.palermoacademy.identity.UserProfileService;

/** The signed-in person's own profile as known from Keycloak (edited there, not here). */
@Route("profile")
@PermitAll
class ProfileView extends Main implements HasDynamicTitle {

    ProfileView(UserProfileService profiles) {
        setId("profile");
        addClassName("pa-page");
        add(new H1(getTranslation("profile.title")));
        profiles.myProfile().ifPresentOrElse(this::show,
                () -> add(new Paragraph(getTranslation("profile.missing"))));
    }

    private void show(UserProfile p) {
        Div list = new Div();
        list.addClassName("pa-facts");
        list.add(row("profile.name", p.displayName()), row("profile.username", p.username()),
                row("profile.email", p.email()), row("profile.country", p.country()),
                row("profile.organization", p.organization()), row("profile.network", p.network()),
                row("profile.roles", p.roles().stream().map(r -> getTranslation("role." + r.claimValue()))
                        .sorted().collect(Collectors.joining(", "))),
                row("profile.language", p.language().nativeName()));
        add(list, new Paragraph(getTranslation("profile.managedInKeycloak")));
    }

    private Div row(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("pa-fact-label");
        Span text = new Span(value == null || value.isBlank() ? "—" : value);
        text.addClassName("pa-fact-value");
        Div row = new Div(label, text);
        row.addClassName("pa-fact");
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title");
    }
}
