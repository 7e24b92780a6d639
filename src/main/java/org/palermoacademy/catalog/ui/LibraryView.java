package org.palermoacademy.catalog.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Reference.GlossaryTerm;

/** Reference shelf: model-law and guide summaries, the two matrices, and the glossary. */
@Route("library")
@Menu(title = "nav.library", order = 17, icon = "BOOK")
@PermitAll
class LibraryView extends Main implements HasDynamicTitle {

    private final transient Catalog catalog;
    private final DescriptionList glossary = new DescriptionList();

    LibraryView(Catalog catalog) {
        this.catalog = catalog;
        setId("library");
        addClassName("pa-page");
        UnorderedList pages = new UnorderedList();
        catalog.pages().forEach(p -> pages.add(new ListItem(new Anchor("library/" + p.id(), p.title()))));
        UnorderedList matrices = new UnorderedList();
        for (String id : new String[] {"jit-issues", "sit-issues"}) {
            catalog.matrix(id).ifPresent(m -> matrices.add(new ListItem(new Anchor("matrices/" + m.id(), m.title()))));
        }
        TextField filter = new TextField(getTranslation("library.glossary.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.setId("glossary-filter");
        filter.addValueChangeListener(e -> showGlossary(e.getValue()));
        glossary.setId("glossary");
        add(new H1(getTranslation("library.title")), new H2(getTranslation("library.pages")), pages,
                new H2(getTranslation("library.matrices")), matrices, new H2(getTranslation("library.glossary")),
                filter, new Div(glossary));
        showGlossary("");
    }

    private void showGlossary(String filter) {
        glossary.removeAll();
        String f = filter == null ? "" : filter.trim().toLowerCase(Locale.ROOT);
        for (GlossaryTerm t : catalog.glossary()) {
            if (f.isEmpty() || t.term().toLowerCase(Locale.ROOT).contains(f)
                    || t.definition().toLowerCase(Locale.ROOT).contains(f)) {
                glossary.add(new DescriptionList.Term(t.term()), new DescriptionList.Description(t.definition()));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("library.title");
    }
}
