package org.palermoacademy.networks;

import java.util.Locale;

/** What a member organisation does; inferred from its name at first sign-in, editable by coordinators. */
public enum OrganisationKind {
    CENTRAL_AUTHORITY, PROSECUTION, POLICE, NCB, COURT, TRAINING_INSTITUTE, OTHER;

    public String key() {
        return "org.kind." + name().toLowerCase(Locale.ROOT);
    }

    /** A best guess from an organisation's name (English, French and Spanish words). */
    public static OrganisationKind guess(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (n.contains("ncb") || n.contains("interpol") || n.contains("bcn")) {
            return NCB;
        }
        if (n.contains("central authority") || n.contains("autorité centrale") || n.contains("autoridad central")) {
            return CENTRAL_AUTHORITY;
        }
        if (n.contains("prosecut") || n.contains("parquet") || n.contains("fiscal") || n.contains("ministère public")
                || n.contains("attorney")) {
            return PROSECUTION;
        }
        if (n.contains("police") || n.contains("policía") || n.contains("gendarmer") || n.contains("investigat")) {
            return POLICE;
        }
        if (n.contains("school") || n.contains("institute") || n.contains("academy") || n.contains("école")
                || n.contains("escuela") || n.contains("training")) {
            return TRAINING_INSTITUTE;
        }
        if (n.contains("court") || n.contains("tribunal") || n.contains("judic") || n.contains("cour ")) {
            return COURT;
        }
        return OTHER;
    }
}
