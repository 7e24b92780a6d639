package org.palermoacademy.assignments;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.palermoacademy.assignments.Fixtures.Person;
import org.palermoacademy.exercises.DraftService;
import org.palermoacademy.exercises.DraftView;
import org.palermoacademy.identity.Role;
import org.palermoacademy.identity.internal.UserProfileStore;
import org.palermoacademy.notifications.Notification;
import org.palermoacademy.notifications.Notifier;
import org.palermoacademy.support.AsUser;
import org.palermoacademy.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reminders with a controlled clock, received by a real SMTP server (GreenMail): each message once,
 * none for work already submitted, none by e-mail for someone who switched reminders off.
 */
@IntegrationTest
class RemindersTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3025, "localhost", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    Reminders reminders;
    @Autowired
    CohortService cohorts;
    @Autowired
    AssignmentService assignments;
    @Autowired
    DraftService drafts;
    @Autowired
    Notifier notifier;
    @Autowired
    UserProfileStore profiles;

    @Test
    void learnersHearOfAssignmentsAndDueDatesOnceAndOnlyWhileTheWorkIsOutstanding() throws Exception {
        Fixtures fx = new Fixtures(profiles, cohorts);
        Person trainer = fx.person("Tara", Role.TRAINER);
        Person slow = fx.person("Sam", Role.LEARNER);
        Person quick = fx.person("Quinn", Role.LEARNER);
        Person quiet = fx.person("Quentin", Role.LEARNER);
        AsUser.run(quiet.id(), () -> notifier.setMyRemindersOff(true), Role.LEARNER);
        Cohort cohort = fx.cohort(trainer, "Reminders");
        for (Person p : List.of(slow, quick, quiet)) {
            AsUser.call(trainer.id(), () -> cohorts.addMember(cohort.id(), p.id()), Role.TRAINER);
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Assignment a = AsUser.call(trainer.id(), () -> assignments.assign(cohort.id(), ItemKind.DRAFTING,
                "mla-berenia-service-of-documents", "Serve the summons.", today.minusDays(1), today.plusDays(10), true,
                List.of()), Role.TRAINER);

        // "assigned" goes out at once, in the background
        awaitMails(slow.email(), 1);
        awaitMails(quick.email(), 1);
        Instant due = a.dueAt();
        reminders.run(due.minus(Duration.ofDays(2)));
        assertThat(reminders.run(due.minus(Duration.ofDays(2)).plus(Duration.ofHours(1)))).as("nothing twice").isZero();

        AsUser.run(quick.id(), () -> {
            DraftView d = drafts.openDraft("mla-berenia-service-of-documents");
            Map<String, String> sections = new LinkedHashMap<>();
            sections.put("facts", "The summons concerns Mr Ilan Dorn.");
            DraftView saved = drafts.save(d.id(), sections, null, false, d.revision());
            drafts.submit(saved.id(), DraftService.submitKey(saved.id(), saved.revision()));
        }, Role.LEARNER);

        reminders.run(due.minus(Duration.ofHours(12)));
        reminders.run(due.plus(Duration.ofHours(1)));
        assertThat(reminders.run(due.plus(Duration.ofHours(2)))).isZero();
        assertThat(reminders.run(due.plus(Duration.ofDays(8)))).as("past the overdue window").isZero();

        assertThat(subjects(slow.email())).hasSize(4).anySatisfy(s -> assertThat(s).contains(a.title()));
        assertThat(kinds(slow.email())).containsExactlyInAnyOrder("assigned", "due3", "due1", "overdue");
        assertThat(kinds(quick.email())).containsExactlyInAnyOrder("assigned", "due3");
        assertThat(subjects(quiet.email())).as("reminders switched off: no e-mail").isEmpty();
        List<Notification> inApp = AsUser.call(quiet.id(), () -> notifier.mine(20), Role.LEARNER);
        assertThat(inApp).extracting(Notification::kind).containsExactlyInAnyOrder("assigned", "due3", "due1", "overdue");
        assertThat(AsUser.call(quiet.id(), () -> notifier.myUnreadCount(), Role.LEARNER)).isEqualTo(4);
        AsUser.run(quiet.id(), notifier::markAllRead, Role.LEARNER);
        assertThat(AsUser.call(quiet.id(), () -> notifier.myUnreadCount(), Role.LEARNER)).isZero();

        MimeMessage first = messagesTo(slow.email()).getFirst();
        assertThat(first.getContent().toString()).contains("http://localhost:8089/exercises/mla-berenia-service-of-documents");
    }

    private void awaitMails(String to, int count) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (messagesTo(to).size() < count && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        assertThat(messagesTo(to)).hasSizeGreaterThanOrEqualTo(count);
    }

    private static List<MimeMessage> messagesTo(String to) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(r -> r.toString().equals(to));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static List<String> subjects(String to) {
        return messagesTo(to).stream().map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The kind of each message, read back from its subject through the English texts. */
    private static List<String> kinds(String to) throws Exception {
        var english = new java.util.Properties();
        try (var in = RemindersTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return subjects(to).stream().map(s -> List.of("assigned", "due3", "due1", "overdue", "returned", "graded").stream()
                .filter(k -> s.startsWith(english.getProperty("notify." + k + ".title").replaceAll("\\{\\d}.*", "")))
                .findFirst().orElse("?" + s)).toList();
    }
}
