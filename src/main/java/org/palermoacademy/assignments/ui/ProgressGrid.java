package org.palermoacademy.assignments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.palermoacademy.assignments.Assignment;
import org.palermoacademy.assignments.AssignmentService;
import org.palermoacademy.assignments.Cell;
import org.palermoacademy.assignments.Cohort;
import org.palermoacademy.assignments.GridExport;
import org.palermoacademy.assignments.GridRow;
import org.palermoacademy.assignments.ItemKind;
import org.palermoacademy.assignments.WorkStatus;

/**
 * Learners x assigned items, colour-coded with the status in words, sortable by name or by any item.
 * Rows are fetched a page at a time: only the learners on screen are read from the store.
 */
class ProgressGrid extends Div {

    private final transient AssignmentService assignments;
    private final Cohort cohort;
    private final List<GridRow> learners;
    private final List<Assignment> columns;
    private final Map<String, List<GridRow>> sortedBy = new HashMap<>();

    ProgressGrid(AssignmentService assignments, Cohort cohort) {
        this.assignments = assignments;
        this.cohort = cohort;
        setId("progress-grid");
        setWidthFull();
        learners = assignments.gridLearners(cohort.id());
        columns = assignments.assignments(cohort.id());
        Map<String, String> texts = texts();
        Anchor csv = new Anchor(export("csv", texts), getTranslation("grid.exportCsv"));
        csv.setId("export-csv");
        Anchor xlsx = new Anchor(export("xlsx", texts), getTranslation("grid.exportXlsx"));
        xlsx.setId("export-xlsx");
        Div bar = new Div(csv, xlsx);
        bar.addClassName("pa-editor-actions");
        add(bar);
        if (learners.isEmpty() || columns.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(learners.isEmpty() ? "grid.noLearners" : "grid.noAssignments"));
            empty.setId("grid-empty");
            add(empty);
            return;
        }
        Grid<GridRow> grid = new Grid<>();
        grid.setId("cohort-grid");
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(50);
        grid.addComponentColumn(r -> {
            Button name = new Button(r.name(), e -> drill(r));
            name.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            name.getElement().setAttribute("aria-label", getTranslation("grid.details", r.name()));
            name.addClassName("pa-learner");
            return name;
        }).setHeader(getTranslation("grid.learner")).setKey("name").setSortProperty("name").setFrozen(true)
                .setAutoWidth(true).setFlexGrow(0);
        for (Assignment a : columns) {
            grid.addComponentColumn(r -> {
                Cell cell = r.cell(a.id());
                return cell == null ? new Span("—") : AssignmentsUi.status(this, cell.status(), cell.score());
            }).setHeader(header(a)).setKey(a.id()).setSortProperty(a.id()).setAutoWidth(true);
        }
        grid.setItems(query -> {
            List<GridRow> order = ordered(query.getSortOrders());
            int from = Math.min(query.getOffset(), order.size());
            int to = Math.min(from + query.getLimit(), order.size());
            return assignments.gridRows(cohort.id(), order.subList(from, to)).stream();
        }, query -> learners.size());
        grid.setHeight("70vh");
        add(grid);
    }

    private Div header(Assignment a) {
        Div h = new Div(new Span(a.title()));
        Span due = new Span(getTranslation("grid.due", a.dueDate()));
        due.addClassName("pa-muted");
        h.add(new Paragraph(due));
        h.addClassName("pa-grid-header");
        return h;
    }

    /** Learners in the order asked for; sorting by an item reads that item for everyone once. */
    private List<GridRow> ordered(List<QuerySortOrder> sort) {
        if (sort.isEmpty()) {
            return learners;
        }
        QuerySortOrder first = sort.getFirst();
        boolean descending = first.getDirection() == SortDirection.DESCENDING;
        List<GridRow> order;
        if ("name".equals(first.getSorted())) {
            order = new ArrayList<>(learners);
        } else {
            order = sortedBy.computeIfAbsent(first.getSorted(), id -> {
                Map<String, Cell> column = assignments.gridColumn(id);
                List<GridRow> rows = new ArrayList<>(learners);
                rows.sort(Comparator.comparingInt((GridRow r) -> rank(column.get(r.learnerId())))
                        .thenComparingInt(r -> column.get(r.learnerId()) == null || column.get(r.learnerId()).score() == null
                                ? -1 : column.get(r.learnerId()).score()));
                return rows;
            });
            order = new ArrayList<>(order);
        }
        if (descending) {
            java.util.Collections.reverse(order);
        }
        return order;
    }

    private static int rank(Cell cell) {
        return cell == null ? -1 : cell.status().ordinal();
    }

    private void drill(GridRow row) {
        GridRow full = assignments.gridRows(cohort.id(), List.of(row)).stream().findFirst().orElse(row);
        Dialog d = new Dialog();
        d.setId("learner-work");
        d.setHeaderTitle(full.name());
        d.add(new Paragraph(full.email()));
        UnorderedList list = new UnorderedList();
        for (Assignment a : columns) {
            Cell cell = full.cell(a.id());
            if (cell == null) {
                continue;
            }
            ListItem item = new ListItem(new Span(a.title() + " "), AssignmentsUi.status(this, cell.status(), cell.score()));
            if (a.kind() == ItemKind.DRAFTING && cell.submissionId() != null) {
                Anchor open = new Anchor("reviews/" + cell.submissionId(), getTranslation("grid.openSubmission"));
                open.addClassName("pa-open-submission");
                item.add(new Span(" "), open);
            }
            list.add(item);
        }
        d.add(list);
        Button close = new Button(getTranslation("action.close"), VaadinIcon.CLOSE.create(), e -> d.close());
        d.getFooter().add(close);
        d.open();
    }

    /** The texts the export needs, read now (the download runs outside this view's request). */
    private Map<String, String> texts() {
        Map<String, String> t = new HashMap<>();
        for (WorkStatus s : WorkStatus.values()) {
            t.put(s.key(), getTranslation(s.key()));
        }
        for (String k : List.of("grid.export.learner", "grid.export.email", "grid.export.score")) {
            t.put(k, getTranslation(k));
        }
        return t;
    }

    private DownloadHandler export(String kind, Map<String, String> texts) {
        String cohortId = cohort.id();
        String file = cohort.name().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return DownloadHandler.fromInputStream(event -> {
            GridExport.Table table = assignments.gridTable(cohortId);
            byte[] bytes = kind.equals("csv") ? GridExport.csv(table, k -> texts.getOrDefault(k, k))
                    : GridExport.xlsx(table, k -> texts.getOrDefault(k, k));
            String type = kind.equals("csv") ? "text/csv;charset=UTF-8"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            return new DownloadResponse(new ByteArrayInputStream(bytes), (file.isEmpty() ? "cohort" : file)
                    + "-progress." + kind, type, bytes.length);
        });
    }
}
