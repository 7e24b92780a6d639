package org.palermoacademy.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.palermoacademy.catalog.Programme;
import org.palermoacademy.identity.Role;
import org.palermoacademy.reporting.Dashboard;
import org.palermoacademy.reporting.DashboardExport;
import org.palermoacademy.reporting.DashboardRow;
import org.palermoacademy.reporting.ReportingService;
import org.palermoacademy.reporting.StaffStatus;
import org.palermoacademy.reporting.DashboardChart;
import org.springframework.security.access.AccessDeniedException;

/**
 * A network's certification dashboard: a chart and table per member State, a table per organisation,
 * filter by programme, drill into the people behind a row, export CSV, XLSX and a printable PDF.
 */
@Route("network/:networkId/dashboard")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
class NetworkDashboardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final String[] KEYS = {"dash.col.level", "dash.col.country", "dash.col.organisation",
        "dash.col.kind", "dash.col.staff", "dash.col.certified", "dash.col.expiring", "dash.col.expired",
        "dash.col.inProgress", "dash.col.focalPoints", "dash.col.focalWithout", "dash.level.country",
        "dash.level.organisation", "dash.level.total", "dash.sheet.countries", "dash.sheet.organisations",
        "dash.export.title", "dash.export.network", "dash.export.date", "dash.export.programme",
        "dash.export.allProgrammes", "dash.export.chart", "dash.export.byCountry", "dash.export.byOrganisation",
        "dash.export.noData", "dash.export.page", "dash.chart.title", "dash.chart.staff", "dash.chart.certified",
        "dash.chart.expiring", "dash.chart.expired", "dash.chart.inProgress", "dash.chart.noData"};

    private final transient ReportingService reporting;
    private final Div body = new Div();
    private String networkId;
    private String programmeId;

    NetworkDashboardView(ReportingService reporting) {
        this.reporting = reporting;
        setId("network-dashboard");
        addClassNames("pa-page", "pa-wide-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        networkId = event.getRouteParameters().get("networkId").orElse("");
        removeAll();
        try {
            Dashboard first = reporting.dashboard(networkId, null);
            add(new H1(getTranslation("dash.title", first.networkName())));
            Anchor back = new Anchor("network", getTranslation("dash.back"));
            Select<Programme> programme = new Select<>();
            programme.setId("dash-programme");
            programme.setLabel(getTranslation("dash.programme"));
            programme.setEmptySelectionAllowed(true);
            programme.setEmptySelectionCaption(getTranslation("dash.allProgrammes"));
            programme.setItems(reporting.programmes());
            programme.setItemLabelGenerator(p -> p == null ? getTranslation("dash.allProgrammes") : p.title());
            programme.addValueChangeListener(e -> {
                programmeId = e.getValue() == null ? null : e.getValue().id();
                show(reporting.dashboard(networkId, programmeId));
            });
            add(new Paragraph(back), programme, body);
            show(first);
        } catch (AccessDeniedException | IllegalArgumentException e) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    private void show(Dashboard d) {
        body.removeAll();
        Map<String, String> texts = texts();
        Function<String, String> t = k -> texts.getOrDefault(k, getTranslation(k));
        DashboardRow total = d.total();
        Paragraph summary = new Paragraph(getTranslation("dash.summary", total.staff(), total.certified(),
                total.expiringSoon(), total.expired(), total.inProgress(), total.focalPointsWithoutValid()));
        summary.setId("dash-summary");
        body.add(summary, new Paragraph(getTranslation("dash.asOf", DAY.format(d.at()))));
        Div exports = new Div(export("csv", t), export("xlsx", t), export("pdf", t));
        exports.addClassName("pa-editor-actions");
        body.add(exports);
        Div chart = new Div();
        chart.setId("dash-chart");
        chart.addClassName("pa-chart");
        chart.getElement().appendChild(DashboardChart.svg(d.byCountry().stream().filter(r -> r.staff() > 0).toList(), t));
        body.add(new H2(getTranslation("dash.byCountry")), chart, grid("dash-countries", d.byCountry(), false));
        body.add(new H2(getTranslation("dash.byOrganisation")), grid("dash-organisations", d.byOrganisation(), true));
    }

    private Grid<DashboardRow> grid(String id, List<DashboardRow> rows, boolean organisations) {
        Grid<DashboardRow> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(DashboardRow::country).setHeader(getTranslation("dash.col.country")).setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        if (organisations) {
            grid.addColumn(DashboardRow::organisationName).setHeader(getTranslation("dash.col.organisation"))
                    .setSortable(true).setFlexGrow(2);
            grid.addColumn(r -> r.kind() == null ? "" : getTranslation("org.kind." + r.kind().toLowerCase(java.util.Locale.ROOT)))
                    .setHeader(getTranslation("dash.col.kind")).setSortable(true);
        }
        number(grid, DashboardRow::staff, "dash.col.staff", null);
        number(grid, DashboardRow::certified, "dash.col.certified", StaffStatus.Bucket.CERTIFIED);
        number(grid, DashboardRow::expiringSoon, "dash.col.expiring", StaffStatus.Bucket.EXPIRING);
        number(grid, DashboardRow::expired, "dash.col.expired", StaffStatus.Bucket.EXPIRED);
        number(grid, DashboardRow::inProgress, "dash.col.inProgress", StaffStatus.Bucket.IN_PROGRESS);
        grid.addColumn(DashboardRow::focalPoints).setHeader(getTranslation("dash.col.focalPoints")).setSortable(true)
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Span s = new Span(String.valueOf(r.focalPointsWithoutValid()));
            boolean noFocal = r.focalPoints() == 0 && r.organisationId() == null;
            if (r.focalPointsWithoutValid() > 0 || noFocal) {
                s.getElement().getThemeList().add("badge error");
                s.setText(noFocal ? getTranslation("dash.noFocal") : s.getText());
            }
            s.getElement().setAttribute("data-focal-without", String.valueOf(r.focalPointsWithoutValid()));
            return s;
        }).setHeader(getTranslation("dash.col.focalWithout")).setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 60);
        grid.addItemClickListener(e -> drill(e.getItem(), null));
        return grid;
    }

    private void number(Grid<DashboardRow> grid, java.util.function.ToIntFunction<DashboardRow> value, String key,
            StaffStatus.Bucket bucket) {
        grid.addComponentColumn(r -> {
            int n = value.applyAsInt(r);
            Button b = new Button(String.valueOf(n), e -> drill(r, bucket));
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            b.setEnabled(n > 0);
            b.getElement().setAttribute("aria-label", getTranslation("dash.drill", getTranslation(key), r.country()));
            b.getElement().setAttribute("data-col", key.substring("dash.col.".length()));
            return b;
        }).setHeader(getTranslation(key)).setComparator(r -> value.applyAsInt(r)).setAutoWidth(true);
    }

    private void drill(DashboardRow row, StaffStatus.Bucket bucket) {
        List<StaffStatus> people = reporting.people(networkId, row.country(), row.organisationId(), programmeId, bucket);
        Dialog d = new Dialog();
        d.setId("dash-people");
        d.setHeaderTitle(getTranslation("dash.people", row.organisationName() == null ? row.country()
                : row.country() + " · " + row.organisationName()));
        Grid<StaffStatus> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(StaffStatus::name).setHeader(getTranslation("network.name")).setSortable(true);
        grid.addColumn(StaffStatus::organisationName).setHeader(getTranslation("dash.col.organisation")).setSortable(true);
        grid.addColumn(s -> getTranslation(s.bucket().key())).setHeader(getTranslation("dash.status")).setSortable(true);
        grid.addColumn(s -> s.validUntil() == null ? "" : DAY.format(s.validUntil()))
                .setHeader(getTranslation("verify.expires")).setSortable(true);
        grid.addColumn(s -> s.focal() ? getTranslation("network.focalPoint") : "").setHeader(getTranslation("network.role"));
        grid.setItems(people);
        grid.setWidth("min(56rem, 92vw)");
        d.add(grid);
        Button close = new Button(getTranslation("action.close"), e -> d.close());
        d.getFooter().add(close);
        d.open();
    }

    private Component export(String kind, Function<String, String> t) {
        String net = networkId;
        String prog = programmeId;
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            Dashboard d = labelled(reporting.dashboardForExport(net, prog, kind), t);
            byte[] bytes = switch (kind) {
                case "csv" -> DashboardExport.csv(d, t);
                case "xlsx" -> DashboardExport.xlsx(d, t);
                default -> DashboardExport.pdf(d, t);
            };
            String type = switch (kind) {
                case "csv" -> "text/csv;charset=UTF-8";
                case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                default -> "application/pdf";
            };
            return new DownloadResponse(new ByteArrayInputStream(bytes), "dashboard-" + net + "." + kind, type,
                    bytes.length);
        }), getTranslation("dash.export." + kind));
        a.setId("dash-export-" + kind);
        return a;
    }

    /** The dashboard with organisation kinds as readable labels, for the files. */
    private static Dashboard labelled(Dashboard d, Function<String, String> t) {
        List<DashboardRow> orgs = d.byOrganisation().stream().map(r -> new DashboardRow(r.country(), r.organisationId(),
                r.organisationName(), r.kind() == null ? null : t.apply("org.kind." + r.kind().toLowerCase(
                        java.util.Locale.ROOT)), r.staff(), r.certified(), r.expiringSoon(), r.expired(), r.inProgress(),
                r.focalPoints(), r.focalPointsWithoutValid())).toList();
        return new Dashboard(d.networkId(), d.networkName(), d.at(), d.programmeId(), d.programmeTitle(), d.byCountry(),
                orgs, d.total());
    }

    private Map<String, String> texts() {
        Map<String, String> m = new HashMap<>();
        for (String k : KEYS) {
            m.put(k, getTranslation(k));
        }
        for (var kind : org.palermoacademy.networks.OrganisationKind.values()) {
            m.put(kind.key(), getTranslation(kind.key()));
        }
        return m;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dash.pageTitle");
    }
}
