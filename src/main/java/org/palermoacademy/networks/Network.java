package org.palermoacademy.networks;

import java.util.List;

/** A regional network of practitioners: its member States (ISO 3166 alpha-2) and focal points. */
public record Network(String id, String name, List<String> countries, List<FocalPoint> focalPoints) {

    /** A country's designated contact person for the network. */
    public record FocalPoint(String country, String userId, String name) {
    }
}
