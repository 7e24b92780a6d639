package org.palermoacademy.notifications;

import java.time.Instant;

/**
 * A module's periodic reminder run (due dates, certificate expiry). The notifications module runs every
 * sweep on one schedule ({@code palermo.reminders.every}, off with {@code palermo.reminders.enabled=false});
 * each sweep must be idempotent (notify with keys), so a re-run or a missed run never double-sends.
 */
public interface ReminderSweep {

    /** A name for the log. */
    String name();

    /** Sends what is due at {@code now}; returns how many notices were new. */
    int run(Instant now);
}
