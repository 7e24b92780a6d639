package org.palermoacademy.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.palermoacademy.identity.CurrentUser;
import org.palermoacademy.identity.Role;
import org.palermoacademy.networks.Network;
import org.palermoacademy.networks.NetworkService;
import org.palermoacademy.reporting.ImplementationReport;
import org.palermoacademy.reporting.ImplementationReportExport;
import org.palermoacademy.reporting.ImplementationReports;

/**
 * The implementation report for a period: training delivered by course, exercise, programme, article,
 * audience, country and network, with CSV and XLSX exports. Coordinators report on their own network.
 */
@Route("reports/implementation")
@Menu(title = "nav.implementationReport", order = 35, icon = "CHART")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
class ImplementationReportView extends Main implements HasDynamicTitle {

    private static final String ALL = "*";
    private final transient ImplementationReports reports;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<String> network = new Select<>();
    private final Div body = new Div();

    ImplementationReportView(ImplementationReports reports, NetworkService networks, CurrentUser currentUser) {
        this.reports = reports;
        setId("implementation-report");
        addClassNames("pa-page", "pa-wide-page");
        add(new H1(getTranslation("report.title")), new Paragraph(getTranslation("report.intro")));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        from.setId("report-from");
        from.setLabel(getTranslation("report.from"));
        from.setValue(today.minusYears(1).plusDays(1));
        to.setId("report-to");
        to.setLabel(getTranslation("report.to"));
        to.setValue(today);
        List<String> choices = new ArrayList<>();
        if (currentUser.hasRole(Role.ADMIN)) {
            choices.add(ALL);
        }
        networks.myNetworks().stream().map(Network::id).forEach(choices::add);
        network.setId("report-network");
        network.setLabel(getTranslation("report.network"));
        network.setItems(choices);
        network.setItemLabelGenerator(n -> ALL.equals(n) ? getTranslation("report.allNetworks") : n);
        if (!choices.isEmpty()) {
            network.setValue(choices.getFirst());
        }
        Button show = new Button(getTranslation("report.show"), e -> show());
        show.setId("report-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div filters = new Div(from, to, network, show);
        filters.addClassName("pa-filters");
        body.setId("report-body");
        add(filters, body);
        if (!choices.isEmpty()) {
            show();
        }
    }

    private String networkId() {
        return network.getValue() == null || ALL.equals(network.getValue()) ? null : network.getValue();
    }

    private void show() {
        body.removeAll();
        ImplementationReport r;
        try {
            r = reports.report(from.getValue(), to.getValue(), networkId());
        } catch (IllegalArgumentException e) {
            Notification n = Notification.show(getTranslation("report.error.period"), 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            n.setId("problem");
            return;
        }
        Map<String, String> texts = texts();
        Function<String, String> t = k -> texts.getOrDefault(k, k);
        ImplementationReport.Line total = r.total();
        Paragraph summary = new Paragraph(getTranslation("report.summary", total.enrolments(), total.completions(),
                total.graded(), total.certificates()));
        summary.setId("report-summary");
        Div exports = new Div(export("csv", r, t), export("xlsx", r, t));
        exports.addClassName("pa-editor-actions");
        body.add(summary, exports);
        for (String section : ImplementationReport.SECTIONS) {
            body.add(new H2(getTranslation("report.section." + section)));
            Grid<ImplementationReport.Line> grid = new Grid<>();
            grid.setId("report-" + section);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
            grid.addColumn(l -> label(section, l)).setHeader(getTranslation("report.col.label")).setFlexGrow(3)
                    .setSortable(true);
            grid.addColumn(ImplementationReport.Line::enrolments).setHeader(getTranslation("report.col.enrolments"))
                    .setSortable(true).setAutoWidth(true);
            grid.addColumn(ImplementationReport.Line::completions).setHeader(getTranslation("report.col.completions"))
                    .setSortable(true).setAutoWidth(true);
            grid.addColumn(ImplementationReport.Line::graded).setHeader(getTranslation("report.col.graded"))
                    .setSortable(true).setAutoWidth(true);
            grid.addColumn(ImplementationReport.Line::certificates).setHeader(getTranslation("report.col.certificates"))
                    .setSortable(true).setAutoWidth(true);
            List<ImplementationReport.Line> lines = r.sections().getOrDefault(section, List.of());
            grid.setItems(lines);
            grid.setAllRowsVisible(true);
            body.add(lines.isEmpty() ? new Paragraph(getTranslation("report.none")) : grid);
        }
    }

    private String label(String section, ImplementationReport.Line l) {
        return "audience".equals(section) ? getTranslation("audience." + l.key()) : l.label();
    }

    private Anchor export(String kind, ImplementationReport r, Function<String, String> t) {
        String file = "implementation-report-" + r.from() + "-" + r.to() + (r.networkId() == null ? "" : "-" + r.networkId())
                + "." + kind;
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = kind.equals("csv") ? ImplementationReportExport.csv(r, t) : ImplementationReportExport.xlsx(r, t);
            return new DownloadResponse(new ByteArrayInputStream(bytes), file, kind.equals("csv") ? "text/csv;charset=UTF-8"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
        }), getTranslation("dash.export." + kind));
        a.setId("report-export-" + kind);
        return a;
    }

    private Map<String, String> texts() {
        Map<String, String> m = new HashMap<>();
        for (String k : List.of("report.col.section", "report.col.key", "report.col.label", "report.col.enrolments",
                "report.col.completions", "report.col.graded", "report.col.certificates", "dash.level.total")) {
            m.put(k, getTranslation(k));
        }
        ImplementationReport.SECTIONS.forEach(s -> m.put("report.section." + s, getTranslation("report.section." + s)));
        return m;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title");
    }
}
