package org.palermoacademy.certification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.palermoacademy.certification.Certificate;
import org.palermoacademy.identity.SystemActor;
import org.palermoacademy.identity.UserProfile;
import org.palermoacademy.identity.UserProfileService;
import org.palermoacademy.notifications.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells holders their certificate expires in 90, 60, 30 and 7 days (each once; a sweep that first sees a
 * certificate at 20 days left sends only the 30-day notice). Certificates already renewed are skipped.
 */
@Component
public class ExpiryReminders {

    public static final List<Integer> DAYS = List.of(7, 30, 60, 90);
    private static final Logger log = LoggerFactory.getLogger(ExpiryReminders.class);
    private final CertificateStore store;
    private final UserProfileService profiles;
    private final Notifier notifier;
    private final Clock clock;
    private final boolean enabled;

    ExpiryReminders(CertificateStore store, UserProfileService profiles, Notifier notifier, Clock clock,
            @Value("${palermo.reminders.enabled:true}") boolean enabled) {
        this.store = store;
        this.profiles = profiles;
        this.notifier = notifier;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Scheduled(fixedDelayString = "${palermo.reminders.every:PT1H}", initialDelayString = "${palermo.reminders.first:PT1M}")
    void scheduled() {
        if (enabled) {
            try {
                int sent = run(clock.instant());
                log.info("Certificate expiry reminders: {} sent", sent);
            } catch (RuntimeException e) {
                log.error("Certificate expiry reminders failed: {}", e.getMessage(), e);
            }
        }
    }

    /** One sweep at {@code now}; returns how many notices were new. */
    public int run(Instant now) {
        return SystemActor.as("certification", () -> {
            int sent = 0;
            for (Certificate c : store.expiringBetween(now, now.plus(Duration.ofDays(DAYS.getLast())))) {
                if (renewed(c)) {
                    continue;
                }
                long left = Duration.between(now, c.validUntil()).toDays();
                int threshold = DAYS.stream().filter(d -> left < d).findFirst().orElse(DAYS.getLast());
                UserProfile p = profiles.profiles(List.of(c.holderId())).stream().findFirst().orElse(null);
                if (p == null) {
                    continue;
                }
                if (notifier.notify(c.holderId(), p.email(), p.language(), "certExpiring",
                        List.of(c.programmeTitle(), c.validUntil().toString().substring(0, 10), String.valueOf(threshold)),
                        "certificates", "cert-expiry:" + c.id() + ":" + threshold)) {
                    sent++;
                }
            }
            return sent;
        });
    }

    private boolean renewed(Certificate c) {
        return store.ofHolder(c.holderId()).stream().anyMatch(o -> c.id().equals(o.renews()) && o.revokedAt() == null);
    }
}
