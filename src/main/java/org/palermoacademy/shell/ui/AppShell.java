package org.palermoacademy.shell.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings. Styles are plain CSS files served as static resources (copied from the
 * top-level {@code frontend/} folder), so the UI needs no npm build (docs/decisions/0003).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/palermo.css")
@Meta(name = "description", content = "Palermo Academy: training for international cooperation in criminal matters")
public class AppShell implements AppShellConfigurator {
}
