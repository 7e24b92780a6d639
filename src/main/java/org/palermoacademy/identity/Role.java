package org.palermoacademy.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The platform's realm roles. Anything else in the token's {@code roles} claim is ignored. */
public enum Role {
    LEARNER, TRAINER, COORDINATOR, ADMIN;

    /** Names as used in annotations such as {@code @RolesAllowed(Role.Names.TRAINER)}. */
    public static final class Names {
        public static final String LEARNER = "LEARNER";
        public static final String TRAINER = "TRAINER";
        public static final String COORDINATOR = "COORDINATOR";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromClaim(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String normalised = value.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(normalised)).findFirst();
    }

    /** Known roles among the claim values; unknown values (default-roles-*, offline_access...) are dropped. */
    public static Set<Role> fromClaims(Collection<String> values) {
        if (values == null || values.isEmpty()) {
            return EnumSet.noneOf(Role.class);
        }
        return values.stream().map(Role::fromClaim).flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
