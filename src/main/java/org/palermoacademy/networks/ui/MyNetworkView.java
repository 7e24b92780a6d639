package org.palermoacademy.networks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.palermoacademy.identity.Role;
import org.palermoacademy.identity.UserProfile;
import org.palermoacademy.identity.UserProfileService;
import org.palermoacademy.networks.Network;
import org.palermoacademy.networks.NetworkProblem;
import org.palermoacademy.networks.NetworkService;
import org.palermoacademy.networks.Organisation;
import org.palermoacademy.networks.OrganisationKind;
import org.palermoacademy.networks.StaffMember;

/**
 * "My network": the coordinators' home — staff of the member organisations (filter by country and
 * organisation), focal points per member State and the organisations' kinds. Administrators pick any network.
 */
@Route("network")
@Menu(title = "nav.myNetwork", order = 30, icon = "GLOBE_WIRE")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
class MyNetworkView extends Main implements HasDynamicTitle {

    private final transient NetworkService networks;
    private final transient UserProfileService profiles;
    private final Div body = new Div();
    private String selectedTab = "staff";

    MyNetworkView(NetworkService networks, UserProfileService profiles) {
        this.networks = networks;
        this.profiles = profiles;
        setId("my-network");
        addClassNames("pa-page", "pa-wide-page");
        add(new H1(getTranslation("network.home.title")));
        List<Network> mine = networks.myNetworks();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("network.none"));
            none.setId("no-network");
            add(none);
            return;
        }
        if (mine.size() > 1) {
            Select<Network> pick = new Select<>();
            pick.setId("network-select");
            pick.setLabel(getTranslation("network.select"));
            pick.setItems(mine);
            pick.setItemLabelGenerator(n -> n.name() + " (" + n.id() + ")");
            pick.addValueChangeListener(e -> show(e.getValue()));
            add(pick);
            pick.setValue(mine.getFirst());
        } else {
            show(mine.getFirst());
        }
        add(body);
    }

    private void show(Network n) {
        body.removeAll();
        body.add(new Paragraph(getTranslation("network.summary", n.name(), n.id(), n.countries().size())));
        Anchor dashboard = new Anchor("network/" + n.id() + "/dashboard", getTranslation("network.openDashboard"));
        dashboard.setId("open-dashboard");
        body.add(new Paragraph(dashboard));
        TabSheet tabs = new TabSheet();
        tabs.setId("network-tabs");
        tabs.setWidthFull();
        var staffTab = tabs.add(getTranslation("network.tab.staff"), staff(n));
        staffTab.setId("tab-staff");
        var focalTab = tabs.add(getTranslation("network.tab.focalPoints"), focalPoints(n));
        focalTab.setId("tab-focal-points");
        var orgTab = tabs.add(getTranslation("network.tab.organisations"), organisations(n));
        orgTab.setId("tab-organisations");
        switch (selectedTab) {
            case "focal" -> tabs.setSelectedTab(focalTab);
            case "orgs" -> tabs.setSelectedTab(orgTab);
            default -> tabs.setSelectedTab(staffTab);
        }
        body.add(tabs);
    }

    private void reload(String networkId, String tab) {
        selectedTab = tab;
        networks.myNetworks().stream().filter(n -> n.id().equals(networkId)).findFirst().ifPresent(this::show);
    }

    // --- staff -------------------------------------------------------------------------------------

    private Component staff(Network n) {
        Div box = new Div();
        List<Organisation> orgs = networks.organisations(n.id());
        Set<String> focal = n.focalPoints().stream().map(Network.FocalPoint::userId).collect(Collectors.toSet());
        ComboBox<String> country = new ComboBox<>(getTranslation("network.country"));
        country.setId("staff-country");
        country.setItems(n.countries());
        country.setClearButtonVisible(true);
        ComboBox<Organisation> org = new ComboBox<>(getTranslation("network.organisation"));
        org.setId("staff-organisation");
        org.setItems(orgs);
        org.setItemLabelGenerator(o -> o.country() + " · " + o.name());
        org.setClearButtonVisible(true);
        Grid<StaffMember> grid = new Grid<>();
        grid.setId("staff-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(StaffMember::name).setHeader(getTranslation("network.name")).setSortable(true).setFlexGrow(2);
        grid.addColumn(StaffMember::country).setHeader(getTranslation("network.country")).setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StaffMember::organisationName).setHeader(getTranslation("network.organisation")).setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(s -> getTranslation(s.kind().key())).setHeader(getTranslation("network.kind")).setSortable(true);
        grid.addComponentColumn(s -> {
            Span badge = new Span(getTranslation(focal.contains(s.userId()) ? "network.focalPoint" : "network.staff"));
            badge.getElement().getThemeList().add(focal.contains(s.userId()) ? "badge success" : "badge contrast");
            return badge;
        }).setHeader(getTranslation("network.role")).setAutoWidth(true);
        grid.addComponentColumn(s -> {
            Div actions = new Div();
            Button fp = new Button(getTranslation(focal.contains(s.userId()) ? "network.unsetFocal" : "network.setFocal"),
                    e -> act(() -> {
                        if (focal.contains(s.userId())) {
                            networks.removeFocalPoint(n.id(), s.userId());
                        } else {
                            networks.addFocalPoint(n.id(), s.userId());
                        }
                    }, n.id(), "staff"));
            fp.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            fp.addClassName("pa-focal-toggle");
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove(n, s));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.getElement().setAttribute("aria-label", getTranslation("network.removeStaff", s.name()));
            actions.add(fp, remove);
            return actions;
        }).setAutoWidth(true).setFlexGrow(0);
        Runnable refresh = () -> grid.setItems(networks.staff(n.id(), country.getValue(),
                org.getValue() == null ? null : org.getValue().id()));
        country.addValueChangeListener(e -> refresh.run());
        org.addValueChangeListener(e -> refresh.run());
        refresh.run();
        Div filters = new Div(country, org);
        filters.addClassName("pa-filters");
        box.add(filters, grid, new H2(getTranslation("network.addStaff")), addStaff(n));
        return box;
    }

    private Component addStaff(Network n) {
        TextField search = new TextField();
        search.setId("staff-search");
        search.setPlaceholder(getTranslation("members.search.placeholder"));
        search.setAriaLabel(getTranslation("members.search.placeholder"));
        ComboBox<String> country = new ComboBox<>(getTranslation("network.country"));
        country.setId("staff-add-country");
        country.setItems(n.countries());
        TextField orgName = new TextField(getTranslation("network.organisation"));
        orgName.setId("staff-add-organisation");
        orgName.setMaxLength(200);
        Div results = new Div();
        results.setId("staff-search-results");
        Button find = new Button(getTranslation("members.search"), VaadinIcon.SEARCH.create(), e -> {
            results.removeAll();
            List<UserProfile> found = profiles.search(search.getValue(), 20);
            if (found.isEmpty()) {
                results.add(new Paragraph(getTranslation("members.search.none")));
            }
            for (UserProfile p : found) {
                Button add = new Button(getTranslation("members.addPerson"), VaadinIcon.PLUS.create(), click -> act(() ->
                        networks.addStaff(n.id(), p.id(), country.getValue() != null ? country.getValue() : p.country(),
                                orgName.getValue().isBlank() ? p.organization() : orgName.getValue()), n.id(), "staff"));
                add.addThemeVariants(ButtonVariant.LUMO_SMALL);
                add.getElement().setAttribute("aria-label", getTranslation("members.addNamed", p.displayName()));
                Div row = new Div(new Span(p.displayName() + " · " + p.email() + " · "
                        + (p.country() == null ? "" : p.country()) + " "), add);
                row.addClassName("pa-person");
                results.add(row);
            }
        });
        find.setId("staff-search-button");
        find.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(search);
        Div box = new Div(new Paragraph(getTranslation("network.addStaff.help")), new Div(search, find), country,
                orgName, results);
        box.addClassName("pa-search");
        return box;
    }

    private void confirmRemove(Network n, StaffMember s) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("network.removeStaff", s.name()));
        dialog.setText(getTranslation("network.removeStaff.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("members.remove.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> act(() -> networks.removeStaff(n.id(), s.userId()), n.id(), "staff"));
        dialog.open();
    }

    // --- focal points ------------------------------------------------------------------------------

    private Component focalPoints(Network n) {
        Div box = new Div();
        box.setId("focal-points");
        box.add(new Paragraph(getTranslation("network.focal.help")));
        Grid<String> grid = new Grid<>();
        grid.setId("focal-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(c -> c).setHeader(getTranslation("network.country")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(c -> {
            List<Network.FocalPoint> points = n.focalPoints().stream().filter(p -> p.country().equals(c))
                    .sorted(Comparator.comparing(Network.FocalPoint::name)).toList();
            if (points.isEmpty()) {
                Span none = new Span(getTranslation("network.focal.none"));
                none.getElement().getThemeList().add("badge error");
                none.getElement().setAttribute("data-country", c);
                return none;
            }
            return new Span(points.stream().map(Network.FocalPoint::name).collect(Collectors.joining(", ")));
        }).setHeader(getTranslation("network.focalPoints")).setFlexGrow(3);
        grid.setItems(n.countries());
        grid.setAllRowsVisible(true);
        box.add(grid);
        return box;
    }

    // --- organisations -----------------------------------------------------------------------------

    private Component organisations(Network n) {
        Grid<Organisation> grid = new Grid<>();
        grid.setId("organisation-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Organisation::country).setHeader(getTranslation("network.country")).setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Organisation::name).setHeader(getTranslation("network.organisation")).setSortable(true)
                .setFlexGrow(2);
        grid.addComponentColumn(o -> {
            Select<OrganisationKind> kind = new Select<>();
            kind.setItems(OrganisationKind.values());
            kind.setItemLabelGenerator(k -> getTranslation(k.key()));
            kind.setValue(o.kind());
            kind.setAriaLabel(getTranslation("network.kindOf", o.name()));
            kind.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    act(() -> networks.setOrganisationKind(o.id(), e.getValue()), n.id(), "orgs");
                }
            });
            return kind;
        }).setHeader(getTranslation("network.kind")).setAutoWidth(true);
        grid.setItems(networks.organisations(n.id()));
        if (networks.organisations(n.id()).isEmpty()) {
            return new Paragraph(getTranslation("network.organisations.none"));
        }
        return grid;
    }

    private void act(Runnable action, String networkId, String tab) {
        try {
            action.run();
            Notification ok = Notification.show(getTranslation("network.saved"), 3000, Notification.Position.BOTTOM_START);
            ok.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload(networkId, tab);
        } catch (NetworkProblem p) {
            Notification n = Notification.show(getTranslation(p.key(), p.args()), 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            n.setId("problem");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myNetwork");
    }

}
