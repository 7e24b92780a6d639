package org.palermoacademy.shell.ui;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Collections;
import java.util.Optional;
import org.palermoacademy.identity.CurrentUser;
import org.palermoacademy.identity.UserProfile;
import org.palermoacademy.identity.UserProfileService;
import org.palermoacademy.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Chooses each tab's language: the one stored in the signed-in user's profile, else the one picked
 * in this browser session, else the browser's preference among the six UN languages. Arabic turns the
 * whole document right-to-left.
 */
@Component
class LanguageSupport implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(LanguageSupport.class);
    private final CurrentUser currentUser;
    private final UserProfileService profiles;

    LanguageSupport(CurrentUser currentUser, UserProfileService profiles) {
        this.currentUser = currentUser;
        this.profiles = profiles;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> apply(e.getUI(), languageFor(e.getUI())));
    }

    Language languageFor(UI ui) {
        VaadinSession session = ui.getSession();
        Language chosen = session.getAttribute(Language.class);
        if (chosen != null) {
            return chosen;
        }
        Language language = storedLanguage().orElseGet(() -> browserLanguage(ui));
        session.setAttribute(Language.class, language);
        return language;
    }

    private Optional<Language> storedLanguage() {
        if (!currentUser.signedIn()) {
            return Optional.empty();
        }
        try {
            return profiles.myProfile().map(UserProfile::language);
        } catch (RuntimeException e) {
            log.warn("Could not read the stored language: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private static Language browserLanguage(UI ui) {
        var request = com.vaadin.flow.server.VaadinRequest.getCurrent();
        if (request == null) {
            return Language.EN;
        }
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Language.EN;
        }
        try {
            return Language.bestMatch(java.util.Locale.LanguageRange.parse(header).stream()
                    .map(r -> java.util.Locale.forLanguageTag(r.getRange())).toList());
        } catch (IllegalArgumentException malformed) {
            return Language.bestMatch(Collections.emptyList());
        }
    }

    static void apply(UI ui, Language language) {
        ui.setLocale(language.locale());
        ui.setDirection(language.rightToLeft() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getElement().executeJs("document.documentElement.lang = $0", language.tag());
    }

    /** Switches the tab's language, remembers it (in the profile when signed in) and reloads. */
    void switchTo(UI ui, Language language) {
        ui.getSession().setAttribute(Language.class, language);
        if (currentUser.signedIn()) {
            profiles.changeMyLanguage(language);
        }
        apply(ui, language);
        ui.getPage().reload();
    }
}
