package org.palermoacademy.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Citation;

/** Convention citations as chips; each opens our summary of the article in a dialog. */
public class CitationChips extends Div {

    public CitationChips(List<Citation> cites, Catalog catalog) {
        addClassName("pa-chips");
        getElement().setAttribute("role", "list");
        getElement().setAttribute("aria-label", getTranslation("citations.label"));
        for (Citation c : cites) {
            Button chip = new Button(c.text(), e -> open(c, catalog));
            chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            chip.addClassName("pa-chip");
            chip.getElement().setAttribute("role", "listitem");
            chip.getElement().setAttribute("data-citation", c.text());
            add(chip);
        }
    }

    private void open(Citation c, Catalog catalog) {
        Dialog dialog = new Dialog();
        dialog.addClassName("pa-article-dialog");
        dialog.setHeaderTitle(c.text());
        catalog.article(c.article()).ifPresentOrElse(a -> dialog.add(
                        new H3(getTranslation("citations.article", a.article(), a.title())), new Paragraph(a.summary())),
                () -> dialog.add(new Paragraph(getTranslation("citations.noSummary"))));
        Button close = new Button(getTranslation("action.close"), e -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.open();
    }
}
