package org.palermoacademy.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import org.palermoacademy.catalog.Audience;
import org.palermoacademy.shared.Language;

/** Small helpers shared by the learning views. */
final class LearningUi {

    private LearningUi() {
    }

    static Language language(Component c) {
        return Language.of(UI.getCurrent() == null ? null : UI.getCurrent().getLocale());
    }

    static String audience(Component c, Audience a) {
        return c.getTranslation("audience." + a.id());
    }

    static String duration(Component c, long seconds) {
        Duration d = Duration.ofSeconds(seconds);
        return c.getTranslation("duration.hoursMinutes", d.toHours(), d.toMinutesPart());
    }

    static Span badge(String text, String variant) {
        Span s = new Span(text);
        s.getElement().getThemeList().add("badge " + variant);
        return s;
    }
}
