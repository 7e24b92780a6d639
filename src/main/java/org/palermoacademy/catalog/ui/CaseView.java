package org.palermoacademy.catalog.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Reference.CaseStudy;

/** One case study. */
@Route("cases/:caseId")
@PermitAll
class CaseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Catalog catalog;
    private String title = "";

    CaseView(Catalog catalog) {
        this.catalog = catalog;
        setId("case");
        addClassName("pa-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("caseId").orElse("");
        CaseStudy c = catalog.caseStudy(id).orElse(null);
        if (c == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = c.title();
        removeAll();
        add(new Anchor("cases", getTranslation("cases.back")), new H1(c.title()),
                new Paragraph(getTranslation("cases.states", String.join(", ", c.states()))),
                new CitationChips(c.articles(), catalog),
                new Paragraph(getTranslation("cases.obstacles", c.obstacles().stream()
                        .map(o -> getTranslation("obstacle." + o)).collect(Collectors.joining(", ")))),
                new SafeHtml(c.html()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
