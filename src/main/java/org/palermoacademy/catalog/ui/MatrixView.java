package org.palermoacademy.catalog.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Reference.Matrix;
import org.palermoacademy.catalog.Reference.MatrixRow;

/** A matrix of legal and practical issues and solutions (art. 19 or art. 20), filterable by category and words. */
@Route("matrices/:matrixId")
@PermitAll
class MatrixView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Catalog catalog;
    private final Grid<MatrixRow> grid = new Grid<>();
    private final ComboBox<String> category = new ComboBox<>();
    private final TextField search = new TextField();
    private transient Matrix matrix;

    MatrixView(Catalog catalog) {
        this.catalog = catalog;
        setId("matrix");
        addClassName("pa-page");
        grid.setId("matrix-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(MatrixRow::issue).setHeader(getTranslation("matrix.issue")).setFlexGrow(3);
        grid.addColumn(r -> getTranslation("matrix.category." + r.category())).setHeader(getTranslation("matrix.category"))
                .setFlexGrow(1).setSortable(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setAllRowsVisible(true);
        category.setLabel(getTranslation("matrix.category"));
        category.setClearButtonVisible(true);
        category.setItemLabelGenerator(c -> getTranslation("matrix.category." + c));
        category.setId("matrix-category");
        search.setLabel(getTranslation("matrix.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("matrix-search");
        category.addValueChangeListener(e -> filter());
        search.addValueChangeListener(e -> filter());
    }

    private Div details(MatrixRow row) {
        Div d = new Div();
        d.addClassName("pa-matrix-details");
        if (row.arises() != null) {
            d.add(new H4(getTranslation("matrix.arises")), new Paragraph(row.arises()));
        }
        d.add(new H4(getTranslation("matrix.solutions")), list(row.solutions()));
        if (!row.examples().isEmpty()) {
            d.add(new H4(getTranslation("matrix.examples")), list(row.examples()));
        }
        d.add(new CitationChips(row.cites(), catalog));
        return d;
    }

    private static UnorderedList list(List<String> items) {
        UnorderedList ul = new UnorderedList();
        items.forEach(i -> ul.add(new ListItem(i)));
        return ul;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        matrix = catalog.matrix(event.getRouteParameters().get("matrixId").orElse("")).orElse(null);
        if (matrix == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        category.setItems(matrix.rows().stream().map(MatrixRow::category).distinct().sorted().toList());
        FlexLayout filters = new FlexLayout(category, search);
        filters.addClassName("pa-filters");
        add(new Anchor("library", getTranslation("library.back")), new H1(matrix.title()),
                new Paragraph(getTranslation("matrix.intro", matrix.article().text())), filters, grid);
        filter();
    }

    private void filter() {
        if (matrix == null) {
            return;
        }
        String words = search.getValue() == null ? "" : search.getValue().trim().toLowerCase(Locale.ROOT);
        grid.setItems(matrix.rows().stream()
                .filter(r -> category.getValue() == null || r.category().equals(category.getValue()))
                .filter(r -> words.isEmpty() || (r.issue() + " " + r.arises() + " " + String.join(" ", r.solutions())
                        + " " + String.join(" ", r.examples())).toLowerCase(Locale.ROOT).contains(words))
                .toList());
    }

    @Override
    public String getPageTitle() {
        return matrix == null ? "" : matrix.title();
    }
}
