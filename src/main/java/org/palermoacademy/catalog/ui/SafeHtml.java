package org.palermoacademy.catalog.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import org.palermoacademy.catalog.Markup;

/**
 * The only place HTML enters the page: content rendered by the catalog is passed through the
 * allow-list sanitizer once more here, so nothing that bypassed the renderer can carry script.
 */
public class SafeHtml extends Div {

    public SafeHtml(String html) {
        addClassName("pa-prose");
        add(new Html("<div>" + Markup.sanitize(html) + "</div>"));
    }
}
