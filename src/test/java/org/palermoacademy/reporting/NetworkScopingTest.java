package org.palermoacademy.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Programme;
import org.palermoacademy.certification.CertificationService;
import org.palermoacademy.exercises.DraftService;
import org.palermoacademy.exercises.DraftView;
import org.palermoacademy.exercises.SubmissionView;
import org.palermoacademy.identity.Role;
import org.palermoacademy.identity.SignInClaims;
import org.palermoacademy.identity.UserSignedIn;
import org.palermoacademy.identity.internal.UserProfileStore;
import org.palermoacademy.learning.internal.ProgressStore;
import org.palermoacademy.networks.NetworkService;
import org.palermoacademy.networks.StaffMember;
import org.palermoacademy.support.AsUser;
import org.palermoacademy.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;

/**
 * Staff from sign-in claims, focal points, and coordinator scoping: network B's people never appear for
 * network A's coordinator in any list, count or drill-down, and asking for B's network by id is refused.
 */
@IntegrationTest
class NetworkScopingTest {

    @Autowired
    NetworkService networks;
    @Autowired
    ReportingService reporting;
    @Autowired
    CertificationService certification;
    @Autowired
    UserProfileStore profiles;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ProgressStore progressStore;
    @Autowired
    DraftService drafts;
    @Autowired
    Catalog catalog;

    private String signIn(String given, Role role, String network, String country, String org) {
        String id = given.toLowerCase() + "-" + UUID.randomUUID();
        profiles.upsertAtSignIn(new SignInClaims(id, id, given, "Tester", id + "@example.org", country, org, network,
                Set.of(role), "en"));
        events.publishEvent(new UserSignedIn(id, id + "@example.org", given + " Tester"));
        return id;
    }

    private void certify(String who, String admin) {
        Programme p = AsUser.call(who, () -> catalog.programme("mla-practitioner").orElseThrow(), Role.LEARNER);
        Instant now = Instant.now();
        for (String course : p.requiredCourses()) {
            progressStore.enrol(who, course, "v", now);
            progressStore.markCompleted(who, course, "v", now);
        }
        for (Programme.ExerciseRequirement x : p.requiredExercises()) {
            SubmissionView s = AsUser.call(who, () -> {
                DraftView d = drafts.openDraft(x.scenarioId());
                DraftView saved = drafts.save(d.id(), Map.of(), "A request for the scoping test.", true, d.revision());
                return drafts.submit(saved.id(), DraftService.submitKey(saved.id(), saved.revision()));
            }, Role.LEARNER);
            AsUser.call(admin, () -> drafts.markGraded(s.id(), 90), Role.ADMIN);
        }
        certification.evaluateAsSystem(who);
    }

    @Test
    void coordinatorsSeeOnlyTheirNetworkEverywhere() {
        String wacapCoordinator = signIn("Awa", Role.COORDINATOR, "WACAP", "SN", "WACAP Secretariat");
        String ejnCoordinator = signIn("Eva", Role.COORDINATOR, "EJN", "HU", "EJN Secretariat");
        String admin = signIn("Ada", Role.ADMIN, null, null, null);
        String senegal = signIn("Moussa", Role.LEARNER, "WACAP", "SN", "Central Authority of Senegal");
        String hungary = signIn("Tamas", Role.LEARNER, "EJN", "HU", "Prosecution Service of Hungary");
        String stranger = signIn("Xavier", Role.LEARNER, "WACAP", "FR", "Parquet de Paris"); // FR is not in WACAP

        List<StaffMember> wacapStaff = AsUser.call(wacapCoordinator, () -> networks.staff("WACAP", null, null),
                Role.COORDINATOR);
        assertThat(wacapStaff).extracting(StaffMember::userId).contains(senegal).doesNotContain(hungary, stranger);
        assertThat(wacapStaff).filteredOn(s -> s.userId().equals(senegal)).first()
                .satisfies(s -> assertThat(s.kind().name()).isEqualTo("CENTRAL_AUTHORITY"));
        assertThat(AsUser.call(wacapCoordinator, () -> networks.myNetworks(), Role.COORDINATOR))
                .extracting(n -> n.id()).containsExactly("WACAP");
        assertThatThrownBy(() -> AsUser.call(wacapCoordinator, () -> networks.staff("EJN", null, null), Role.COORDINATOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(wacapCoordinator, () -> reporting.dashboard("EJN", null), Role.COORDINATOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(wacapCoordinator, () -> reporting.people("EJN", "HU", null, null, null),
                Role.COORDINATOR)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(senegal, () -> reporting.dashboard("WACAP", null), Role.LEARNER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(wacapCoordinator, () -> networks.addFocalPoint("EJN", hungary),
                Role.COORDINATOR)).isInstanceOf(AccessDeniedException.class);
        // certificates of another network's staff are refused too
        assertThatThrownBy(() -> AsUser.call(wacapCoordinator, () -> certification.certificatesOf(List.of(hungary)),
                Role.COORDINATOR)).isInstanceOf(AccessDeniedException.class);

        Dashboard before = AsUser.call(wacapCoordinator, () -> reporting.dashboard("WACAP", null), Role.COORDINATOR);
        certify(hungary, admin); // a certificate in EJN changes nothing for WACAP
        Dashboard unchanged = AsUser.call(wacapCoordinator, () -> reporting.dashboard("WACAP", null), Role.COORDINATOR);
        assertThat(unchanged.total()).isEqualTo(before.total());
        assertThat(unchanged.byCountry()).extracting(DashboardRow::country).doesNotContain("HU", "FR");

        // the Senegalese staff member is made focal point, then certified: the counts follow
        AsUser.call(wacapCoordinator, () -> networks.addFocalPoint("WACAP", senegal), Role.COORDINATOR);
        DashboardRow snBefore = row(AsUser.call(wacapCoordinator, () -> reporting.dashboard("WACAP", null),
                Role.COORDINATOR), "SN");
        certify(senegal, admin);
        // issuing may have happened on the grading event's background thread: wait for the read model to follow
        Dashboard after = null;
        for (int i = 0; i < 100; i++) {
            after = AsUser.call(wacapCoordinator, () -> reporting.dashboard("WACAP", null), Role.COORDINATOR);
            if (row(after, "SN").certified() > snBefore.certified()) {
                break;
            }
            sleep();
        }
        DashboardRow sn = row(after, "SN");
        assertThat(sn.certified()).isEqualTo(snBefore.certified() + 1);
        assertThat(sn.focalPointsWithoutValid()).isEqualTo(snBefore.focalPointsWithoutValid() - 1);
        assertThat(AsUser.call(wacapCoordinator, () -> reporting.people("WACAP", "SN", null, null,
                StaffStatus.Bucket.CERTIFIED), Role.COORDINATOR)).extracting(StaffStatus::userId).contains(senegal)
                .doesNotContain(hungary);
        assertThat(AsUser.call(wacapCoordinator, () -> certification.certificatesOf(List.of(senegal)), Role.COORDINATOR))
                .hasSize(1);
        // the EJN coordinator sees the Hungarian certificate and nothing of WACAP
        Dashboard ejn = AsUser.call(ejnCoordinator, () -> reporting.dashboard("EJN", null), Role.COORDINATOR);
        for (int i = 0; i < 100 && row(ejn, "HU").certified() == 0; i++) {
            sleep();
            ejn = AsUser.call(ejnCoordinator, () -> reporting.dashboard("EJN", null), Role.COORDINATOR);
        }
        assertThat(row(ejn, "HU").certified()).isGreaterThanOrEqualTo(1);
        assertThat(ejn.byCountry()).extracting(DashboardRow::country).doesNotContain("SN");
        // an administrator sees both
        assertThat(AsUser.call(admin, () -> networks.myNetworks(), Role.ADMIN)).extracting(n -> n.id())
                .contains("WACAP", "EJN", "IberRed");
        byte[] csv = DashboardExport.csv(after, k -> k);
        assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).contains("SN").doesNotContain("HU,");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static DashboardRow row(Dashboard d, String country) {
        return d.byCountry().stream().filter(r -> country.equals(r.country())).findFirst().orElseThrow();
    }
}
