package org.palermoacademy.notifications.internal;

import java.time.Clock;
import org.palermoacademy.notifications.ReminderSweep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs every module's {@link ReminderSweep} on one schedule; a failing sweep does not stop the others. */
@Component
@EnableScheduling
class ReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);
    private final ObjectProvider<ReminderSweep> sweeps;
    private final Clock clock;
    private final boolean enabled;

    ReminderSchedule(ObjectProvider<ReminderSweep> sweeps, Clock clock,
            @Value("${palermo.reminders.enabled:true}") boolean enabled) {
        this.sweeps = sweeps;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Scheduled(fixedDelayString = "${palermo.reminders.every:PT1H}", initialDelayString = "${palermo.reminders.first:PT1M}")
    void runAll() {
        if (!enabled) {
            return;
        }
        sweeps.orderedStream().forEach(sweep -> {
            try {
                log.info("{}: {} sent", sweep.name(), sweep.run(clock.instant()));
            } catch (RuntimeException e) {
                log.error("{} failed; the next run will catch up: {}", sweep.name(), e.getMessage(), e);
            }
        });
    }
}
