package org.palermoacademy.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.palermoacademy.identity.CurrentUser;
import org.palermoacademy.identity.UserProfileService;
import org.palermoacademy.shared.Language;

/**
 * The frame around every view: brand, navigation (only the views this user may open, from their
 * {@code @Menu} annotations), the language menu, and the user menu or a sign-in link.
 */
@Layout
@AnonymousAllowed
class MainLayout extends AppLayout {

    private final transient AuthenticationContext authentication;
    private final transient CurrentUser currentUser;
    private final transient UserProfileService profiles;
    private final transient LanguageSupport languages;
    private final transient org.palermoacademy.notifications.Notifier notifier;
    private final SideNav nav = new SideNav();
    private final DrawerToggle toggle = new DrawerToggle();

    MainLayout(AuthenticationContext authentication, CurrentUser currentUser, UserProfileService profiles,
            LanguageSupport languages, org.palermoacademy.notifications.Notifier notifier) {
        this.notifier = notifier;
        this.authentication = authentication;
        this.currentUser = currentUser;
        this.profiles = profiles;
        this.languages = languages;
        setPrimarySection(Section.DRAWER);
        toggle.setAriaLabel(getTranslation("shell.menuToggle"));
        Anchor brand = new Anchor("", getTranslation("app.title"));
        brand.addClassName("pa-brand");
        Div spacer = new Div();
        HorizontalLayout bar = new HorizontalLayout(toggle, brand, spacer, languageMenu(), accountArea());
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(spacer);
        bar.addClassName("pa-navbar");
        addToNavbar(bar);
        nav.setId("main-nav");
        nav.setLabel(getTranslation("shell.navigation"));
        addToDrawer(nav);
        buildNavigation();
    }

    private void buildNavigation() {
        nav.removeAll();
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        for (MenuEntry entry : entries) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
            }
            nav.addItem(item);
        }
        boolean hasNav = !entries.isEmpty();
        toggle.setVisible(hasNav);
        setDrawerOpened(hasNav && isDrawerOpened());
    }

    private Component languageMenu() {
        MenuBar bar = new MenuBar();
        bar.setId("language-menu");
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        Language current = Language.of(UI.getCurrent().getLocale());
        MenuItem root = bar.addItem(VaadinIcon.GLOBE.create());
        root.add(new Span(" " + current.nativeName()));
        root.setAriaLabel(getTranslation("menu.language"));
        SubMenu sub = root.getSubMenu();
        for (Language language : Language.values()) {
            MenuItem item = sub.addItem(language.nativeName(), e -> languages.switchTo(UI.getCurrent(), language));
            item.setId("lang-" + language.tag());
            item.getElement().setAttribute("lang", language.tag());
            item.setCheckable(true);
            item.setChecked(language == current);
        }
        return bar;
    }

    private Component accountArea() {
        if (!currentUser.signedIn()) {
            Anchor signIn = new Anchor("/oauth2/authorization/keycloak", getTranslation("menu.signIn"));
            signIn.setRouterIgnore(true);
            signIn.setId("sign-in");
            signIn.addClassName("pa-sign-in");
            return signIn;
        }
        String name = profiles.myProfile().map(p -> p.displayName())
                .orElseGet(() -> authentication.getPrincipalName().orElse(""));
        long unread = notifier.myUnreadCount();
        Anchor bell = new Anchor("notifications", "");
        bell.setId("notifications-link");
        bell.add(VaadinIcon.BELL.create());
        bell.getElement().setAttribute("aria-label", getTranslation("notifications.unread", unread));
        if (unread > 0) {
            Span count = new Span(String.valueOf(unread));
            count.setId("unread-count");
            count.getElement().getThemeList().add("badge error pill small");
            bell.add(count);
        }
        MenuBar bar = new MenuBar();
        bar.setId("user-menu");
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        MenuItem root = bar.addItem(VaadinIcon.USER.create());
        root.add(new Span(" " + name));
        root.setAriaLabel(getTranslation("menu.account"));
        SubMenu sub = root.getSubMenu();
        sub.addItem(getTranslation("menu.profile"), e -> UI.getCurrent().navigate("profile")).setId("menu-profile");
        sub.addItem(getTranslation("menu.signOut"), e -> authentication.logout()).setId("menu-sign-out");
        HorizontalLayout account = new HorizontalLayout(bell, bar);
        account.setAlignItems(FlexComponent.Alignment.CENTER);
        account.setSpacing(false);
        return account;
    }
}
