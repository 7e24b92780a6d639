package org.palermoacademy.certification.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.palermoacademy.certification.Certificate;
import org.palermoacademy.identity.SystemActor;
import org.palermoacademy.identity.UserProfile;
import org.palermoacademy.identity.UserProfileService;
import org.palermoacademy.notifications.Notifier;
import org.springframework.stereotype.Component;

/**
 * Tells holders their certificate expires in 90, 60, 30 and 7 days (each once; a sweep that first sees a
 * certificate at 20 days left sends only the 30-day notice). Certificates already renewed are skipped.
 */
@Component
public class ExpiryReminders implements org.palermoacademy.notifications.ReminderSweep {

    public static final List<Integer> DAYS = List.of(7, 30, 60, 90);
    private final CertificateStore store;
    private final UserProfileService profiles;
    private final Notifier notifier;

    ExpiryReminders(CertificateStore store, UserProfileService profiles, Notifier notifier) {
        this.store = store;
        this.profiles = profiles;
        this.notifier = notifier;
    }

    @Override
    public String name() {
        return "Certificate expiry reminders";
    }

    /** One sweep at {@code now}; returns how many notices were new. */
    @Override
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
