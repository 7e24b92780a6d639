package org.palermoacademy.networks;

/** A member organisation of a network in one country. */
public record Organisation(String id, String networkId, String country, String name, OrganisationKind kind) {
}
