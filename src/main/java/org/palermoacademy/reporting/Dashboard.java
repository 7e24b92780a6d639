package org.palermoacademy.reporting;

import java.time.Instant;
import java.util.List;

/**
 * A network's certification dashboard at one instant, optionally for one programme.
 *
 * @param programmeId    the programme the figures are restricted to, or null for all programmes
 * @param programmeTitle its title, or null for all programmes
 * @param byCountry      one row per member country (organisation id, name and kind are null)
 * @param byOrganisation one row per member organisation
 * @param total          the whole network
 */
public record Dashboard(String networkId, String networkName, Instant at, String programmeId,
        String programmeTitle, List<DashboardRow> byCountry, List<DashboardRow> byOrganisation,
        DashboardRow total) {

    public Dashboard {
        byCountry = byCountry == null ? List.of() : List.copyOf(byCountry);
        byOrganisation = byOrganisation == null ? List.of() : List.copyOf(byOrganisation);
    }
}
