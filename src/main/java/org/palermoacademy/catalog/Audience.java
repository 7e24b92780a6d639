package org.palermoacademy.catalog;

import java.util.Arrays;
import java.util.Optional;

/** The practitioner groups courses are written for. */
public enum Audience {
    JUDGE("judge"),
    PROSECUTOR("prosecutor"),
    CENTRAL_AUTHORITY("central-authority"),
    POLICE_INVESTIGATOR("police-investigator"),
    NCB_OFFICER("ncb-officer");

    private final String id;

    Audience(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Audience> fromId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }
}
