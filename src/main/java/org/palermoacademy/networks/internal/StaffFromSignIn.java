package org.palermoacademy.networks.internal;

import java.util.List;
import java.util.Locale;
import org.palermoacademy.identity.SystemActor;
import org.palermoacademy.identity.UserProfile;
import org.palermoacademy.identity.UserProfileService;
import org.palermoacademy.identity.UserSignedIn;
import org.palermoacademy.networks.Network;
import org.palermoacademy.networks.Organisation;
import org.palermoacademy.networks.StaffChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At each sign-in, the person's {@code network}, {@code country} and {@code organization} claims make
 * them staff of that network's organisation (created on first mention). A claims-based membership of a
 * network they no longer claim is ended; memberships added by a coordinator are left alone.
 */
@Component
class StaffFromSignIn {

    private static final Logger log = LoggerFactory.getLogger(StaffFromSignIn.class);
    private final NetworkStore store;
    private final UserProfileService profiles;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    StaffFromSignIn(NetworkStore store, UserProfileService profiles, ApplicationEventPublisher events,
            java.time.Clock clock) {
        this.store = store;
        this.profiles = profiles;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(UserSignedIn signedIn) {
        try {
            SystemActor.run("networks", () -> profiles.profiles(List.of(signedIn.userId())).stream().findFirst()
                    .ifPresent(this::record));
        } catch (RuntimeException e) {
            log.error("Could not record network membership for {}: {}", signedIn.userId(), e.getMessage());
        }
    }

    void record(UserProfile p) {
        String claimed = blankToNull(p.network());
        for (String other : store.networksOf(p.id())) {
            if (!other.equals(claimed) && store.staffMember(other, p.id()).filter(s -> "claims".equals(s.source()))
                    .isPresent()) {
                store.removeStaff(other, p.id());
                events.publishEvent(new StaffChanged(other, p.id()));
            }
        }
        if (claimed == null) {
            return;
        }
        Network network = store.network(claimed).orElse(null);
        String country = p.country() == null ? "" : p.country().strip().toUpperCase(Locale.ROOT);
        if (network == null || !network.countries().contains(country)) {
            log.info("Sign-in claims network {} / country {} for {}: not a known member State; not counted as staff",
                    claimed, country, p.id());
            return;
        }
        if (store.staffMember(claimed, p.id()).filter(s -> "coordinator".equals(s.source())).isPresent()) {
            return;
        }
        String orgName = blankToNull(p.organization()) == null ? "—" : p.organization().strip();
        Organisation org = store.organisation(claimed, country, orgName);
        store.upsertStaff(p.id(), p.displayName(), p.email(), org, "claims", clock.instant());
        events.publishEvent(new StaffChanged(claimed, p.id()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
