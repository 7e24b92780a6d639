package org.palermoacademy.catalog.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Reference.Page;

/** A model-law or guide summary. */
@Route("library/:pageId")
@PermitAll
class ReferencePageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Catalog catalog;
    private String title = "";

    ReferencePageView(Catalog catalog) {
        this.catalog = catalog;
        setId("reference-page");
        addClassName("pa-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Page page = catalog.page(event.getRouteParameters().get("pageId").orElse("")).orElse(null);
        if (page == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = page.title();
        removeAll();
        add(new Anchor("library", getTranslation("library.back")), new H1(page.title()),
                new CitationChips(page.cites(), catalog), new SafeHtml(page.html()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
