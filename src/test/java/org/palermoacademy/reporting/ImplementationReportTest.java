package org.palermoacademy.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palermoacademy.certification.CertificateIssued;
import org.palermoacademy.exercises.SubmissionGraded;
import org.palermoacademy.identity.Role;
import org.palermoacademy.identity.SignInClaims;
import org.palermoacademy.identity.internal.UserProfileStore;
import org.palermoacademy.learning.CourseCompleted;
import org.palermoacademy.learning.CourseEnrolled;
import org.palermoacademy.support.AsUser;
import org.palermoacademy.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;

/**
 * The implementation report counts each training event once, in its period, under the learner's country
 * and network and under every article the item cites; coordinators only get their own network.
 */
@IntegrationTest
class ImplementationReportTest {

    @Autowired
    ImplementationReports reports;
    @Autowired
    UserProfileStore profiles;
    @Autowired
    ApplicationEventPublisher events;

    private String person(String given, Role role, String network, String country) {
        String id = given.toLowerCase() + "-" + UUID.randomUUID();
        profiles.upsertAtSignIn(new SignInClaims(id, id, given, "Tester", id + "@example.org", country, "Ministry",
                network, Set.of(role), "en"));
        return id;
    }

    @Test
    void countsEachEventOnceInItsPeriodAndScopesCoordinators() {
        // a period far in the past that no other test writes to
        LocalDate day = LocalDate.of(2001, 3, 14);
        Instant at = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
        Instant outside = day.minusDays(40).atStartOfDay(ZoneOffset.UTC).toInstant();
        String wacap = person("Fatou", Role.LEARNER, "WACAP", "SN");
        String ejn = person("Jan", Role.LEARNER, "EJN", "HU");
        String admin = person("Ada", Role.ADMIN, null, null);
        String coordinator = person("Awa", Role.COORDINATOR, "WACAP", "SN");

        events.publishEvent(new CourseEnrolled(wacap, "mla-art18", at));
        events.publishEvent(new CourseEnrolled(wacap, "mla-art18", at)); // a repeated event counts once
        events.publishEvent(new CourseCompleted(wacap, "mla-art18", "v", at));
        events.publishEvent(new SubmissionGraded(wacap, "mla-aldoria-bank-records", "sub-" + UUID.randomUUID(), 80, at, at));
        events.publishEvent(new CertificateIssued("cert-" + UUID.randomUUID(), wacap, "mla-practitioner", at,
                at.plusSeconds(1000), null));
        events.publishEvent(new CourseEnrolled(ejn, "extradition-art16", at));
        events.publishEvent(new CourseEnrolled(wacap, "extradition-art16", outside)); // before the period

        ImplementationReport all = AsUser.call(admin, () -> reports.report(day, day, null), Role.ADMIN);
        assertThat(all.total()).isEqualTo(new ImplementationReport.Line("total", "", 2, 1, 1, 1));
        assertThat(line(all, "course", "mla-art18").enrolments()).isEqualTo(1);
        assertThat(line(all, "course", "mla-art18").completions()).isEqualTo(1);
        assertThat(line(all, "course", "extradition-art16").enrolments()).isEqualTo(1);
        assertThat(line(all, "exercise", "mla-aldoria-bank-records").graded()).isEqualTo(1);
        assertThat(line(all, "programme", "mla-practitioner").certificates()).isEqualTo(1);
        assertThat(line(all, "article", "18").completions()).isEqualTo(1); // only the MLA course was completed
        assertThat(line(all, "article", "18").graded()).isEqualTo(1);
        assertThat(line(all, "article", "16").enrolments()).isGreaterThanOrEqualTo(1);
        assertThat(line(all, "country", "SN").completions()).isEqualTo(1);
        assertThat(line(all, "network", "EJN").enrolments()).isEqualTo(1);

        ImplementationReport mine = AsUser.call(coordinator, () -> reports.report(day, day, "WACAP"), Role.COORDINATOR);
        assertThat(mine.total()).isEqualTo(new ImplementationReport.Line("total", "", 1, 1, 1, 1));
        assertThat(mine.sections().get("network")).extracting(ImplementationReport.Line::key).containsExactly("WACAP");
        assertThat(mine.sections().get("country")).extracting(ImplementationReport.Line::key).doesNotContain("HU");
        assertThatThrownBy(() -> AsUser.call(coordinator, () -> reports.report(day, day, "EJN"), Role.COORDINATOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(coordinator, () -> reports.report(day, day, null), Role.COORDINATOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(admin, () -> reports.report(day, day.minusDays(1), null), Role.ADMIN))
                .isInstanceOf(IllegalArgumentException.class);

        String csv = new String(ImplementationReportExport.csv(mine, k -> k), StandardCharsets.UTF_8);
        assertThat(csv).contains("mla-art18").contains("WACAP").doesNotContain("EJN");
    }

    private static ImplementationReport.Line line(ImplementationReport r, String section, String key) {
        String k = section.equals("article") ? String.format("%02d", Integer.parseInt(key)) : key;
        return r.sections().get(section).stream().filter(l -> l.key().equals(k)).findFirst().orElseThrow(() ->
                new AssertionError(section + " has no line " + key + ": " + r.sections().get(section)));
    }
}
