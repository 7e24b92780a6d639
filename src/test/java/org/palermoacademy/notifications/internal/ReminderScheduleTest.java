package org.palermoacademy.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palermoacademy.notifications.ReminderSweep;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/** One schedule runs every module's sweep at the clock's time; a failing sweep does not stop the others. */
class ReminderScheduleTest {

    record Sweep(String name, List<Instant> runs, boolean fails) implements ReminderSweep {
        @Override
        public int run(Instant now) {
            runs.add(now);
            if (fails) {
                throw new IllegalStateException("store down");
            }
            return 1;
        }
    }

    @Test
    void everySweepRunsAtTheClocksTimeEvenWhenOneFailsAndNoneWhenDisabled() {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        List<Instant> first = new ArrayList<>();
        List<Instant> second = new ArrayList<>();
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("failing", new Sweep("failing", first, true));
        beans.registerSingleton("working", new Sweep("working", second, false));
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);

        new ReminderSchedule(beans.getBeanProvider(ReminderSweep.class), clock, true).runAll();
        assertThat(first).containsExactly(now);
        assertThat(second).containsExactly(now);

        new ReminderSchedule(beans.getBeanProvider(ReminderSweep.class), clock, false).runAll();
        assertThat(first).hasSize(1);
        assertThat(second).hasSize(1);
    }
}
