package org.palermoacademy.catalog.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Citation;
import org.palermoacademy.catalog.Reference.CaseStudy;

/** The digest of cases, searchable by article, obstacle and words. */
@Route("cases")
@Menu(title = "nav.cases", order = 16, icon = "FOLDER_OPEN")
@PermitAll
class CaseDigestView extends Main implements HasDynamicTitle {

    private final transient Catalog catalog;
    private final IntegerField article = new IntegerField();
    private final ComboBox<String> obstacle = new ComboBox<>();
    private final TextField text = new TextField();
    private final Div results = new Div();

    CaseDigestView(Catalog catalog) {
        this.catalog = catalog;
        setId("case-digest");
        addClassName("pa-page");
        article.setLabel(getTranslation("cases.filter.article"));
        article.setMin(1);
        article.setMax(41);
        article.setClearButtonVisible(true);
        article.setId("case-article");
        obstacle.setLabel(getTranslation("cases.filter.obstacle"));
        obstacle.setItems(catalog.obstacleVocabulary());
        obstacle.setItemLabelGenerator(o -> getTranslation("obstacle." + o));
        obstacle.setClearButtonVisible(true);
        obstacle.setId("case-obstacle");
        text.setLabel(getTranslation("cases.filter.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("case-text");
        article.addValueChangeListener(e -> refresh());
        obstacle.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(article, obstacle, text);
        filters.addClassName("pa-filters");
        results.setId("case-results");
        results.addClassName("pa-cards");
        add(new H1(getTranslation("cases.title")), new Paragraph(getTranslation("cases.intro")), filters, results);
        refresh();
    }

    private void refresh() {
        results.removeAll();
        var found = catalog.searchCases(article.getValue(), obstacle.getValue(), text.getValue());
        if (found.isEmpty()) {
            results.add(new Paragraph(getTranslation("cases.none")));
        }
        for (CaseStudy c : found) {
            Div card = new Div();
            card.addClassName("pa-card");
            Anchor title = new Anchor("cases/" + c.id(), c.title());
            title.addClassName("pa-card-title");
            Span cites = new Span(c.articles().stream().map(Citation::text).collect(Collectors.joining(" · ")));
            cites.addClassName("pa-muted");
            Span obstacles = new Span(c.obstacles().stream().map(o -> getTranslation("obstacle." + o))
                    .collect(Collectors.joining(", ")));
            obstacles.addClassName("pa-tags");
            card.add(title, new Div(cites), new Div(obstacles));
            results.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.title");
    }
}
