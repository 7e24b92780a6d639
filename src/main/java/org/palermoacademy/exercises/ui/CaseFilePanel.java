package org.palermoacademy.exercises.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.CountryProfile;
import org.palermoacademy.catalog.Scenario;
import org.palermoacademy.catalog.ui.SafeHtml;

/** The case file and the two States' cooperation profiles, beside the editor. */
class CaseFilePanel extends Div {

    CaseFilePanel(Catalog catalog, Scenario scenario) {
        setId("case-file");
        addClassName("pa-case-file");
        add(new SafeHtml(scenario.factsHtml()));
        catalog.country(scenario.requestedState()).ifPresent(c -> add(profile(c, true, scenario)));
        catalog.country(scenario.requestingState()).ifPresent(c -> add(profile(c, false, scenario)));
    }

    private Div profile(CountryProfile c, boolean requested, Scenario s) {
        Div d = new Div(new H3(getTranslation(requested ? "editor.requestedState" : "editor.requestingState", c.name())));
        d.addClassName("pa-profile");
        d.getElement().setAttribute("data-country", c.id());
        UnorderedList facts = new UnorderedList();
        CountryProfile.Authority a = c.authority(s.extradition());
        facts.add(new ListItem(getTranslation("profile.centralAuthority", a.name(), a.address() == null ? "" : a.address())));
        facts.add(new ListItem(getTranslation("profile.channel." + (c.diplomaticChannel(s.extradition())
                ? "diplomatic" : "central"))));
        facts.add(new ListItem(getTranslation("profile.languages", String.join(", ", c.languageNames()))));
        facts.add(new ListItem(getTranslation(s.extradition()
                ? (c.untocBasisForExtradition() ? "profile.untocExtradition.yes" : "profile.untocExtradition.no")
                : (c.untocBasisForMla() ? "profile.untocMla.yes" : "profile.untocMla.no"))));
        facts.add(new ListItem(getTranslation("profile.dualCriminality." + c.dualCriminalityMla())));
        facts.add(new ListItem(getTranslation(c.urgentViaInterpol() ? "profile.interpol.yes" : "profile.interpol.no")));
        if (s.extradition()) {
            facts.add(new ListItem(getTranslation(c.extraditesNationals() ? "profile.nationals.yes" : "profile.nationals.no")));
            facts.add(new ListItem(getTranslation("profile.deathPenalty." + c.deathPenalty())));
        }
        c.treaties().forEach(t -> facts.add(new ListItem(t.name())));
        d.add(facts);
        c.specialRequirements().forEach(r -> d.add(new Paragraph(r)));
        return d;
    }
}
