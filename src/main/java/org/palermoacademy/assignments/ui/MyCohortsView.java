package org.palermoacademy.assignments.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.palermoacademy.identity.Role;

/** "My cohorts": the trainers' home. */
@Route("cohorts")
@Menu(title = "nav.myCohorts", order = 20, icon = "GROUP")
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
class MyCohortsView extends Main implements HasDynamicTitle {

    MyCohortsView() {
        setId("my-cohorts");
        addClassName("pa-page");
        add(new H1(getTranslation("cohorts.home.title")), new Paragraph(getTranslation("cohorts.home.intro")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myCohorts");
    }
}
