package org.palermoacademy.networks.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.palermoacademy.identity.Role;
import org.palermoacademy.identity.UserProfileService;

/** "My network": the coordinators' home. */
@Route("network")
@Menu(title = "nav.myNetwork", order = 30, icon = "GLOBE_WIRE")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
class MyNetworkView extends Main implements HasDynamicTitle {

    MyNetworkView(UserProfileService profiles) {
        setId("my-network");
        addClassName("pa-page");
        String network = profiles.myProfile().map(p -> p.network()).filter(n -> n != null && !n.isBlank())
                .orElse(getTranslation("network.home.none"));
        add(new H1(getTranslation("network.home.title")),
                new Paragraph(getTranslation("network.home.yourNetwork", network)),
                new Paragraph(getTranslation("network.home.intro")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myNetwork");
    }
}
