package org.palermoacademy.shell;

import java.util.Set;
import org.palermoacademy.identity.Role;

/** Where each role starts after signing in. */
public final class HomeRoutes {

    public static final String LEARNING = "learning";
    public static final String COHORTS = "cohorts";
    public static final String NETWORK = "network";
    public static final String ADMINISTRATION = "admin";

    private HomeRoutes() {
    }

    /** The home of the most specific role held: admin, then coordinator, trainer, learner. */
    public static String homeFor(Set<Role> roles) {
        if (roles.contains(Role.ADMIN)) {
            return ADMINISTRATION;
        }
        if (roles.contains(Role.COORDINATOR)) {
            return NETWORK;
        }
        if (roles.contains(Role.TRAINER)) {
            return COHORTS;
        }
        return LEARNING;
    }
}
