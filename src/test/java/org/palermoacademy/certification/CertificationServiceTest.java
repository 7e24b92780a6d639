package org.palermoacademy.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palermoacademy.audit.AuditLog;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Programme;
import org.palermoacademy.certification.credential.CredentialSchema;
import org.palermoacademy.certification.internal.CertificateStore;
import org.palermoacademy.certification.internal.ExpiryReminders;
import org.palermoacademy.exercises.DraftService;
import org.palermoacademy.exercises.DraftView;
import org.palermoacademy.exercises.SubmissionView;
import org.palermoacademy.identity.Role;
import org.palermoacademy.identity.SignInClaims;
import org.palermoacademy.identity.internal.UserProfileStore;
import org.palermoacademy.learning.internal.ProgressStore;
import org.palermoacademy.notifications.internal.NotificationStore;
import org.palermoacademy.support.AsUser;
import org.palermoacademy.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Issuing, credentials, verification, revocation, expiry reminders and access, on the embedded store. */
@IntegrationTest
class CertificationServiceTest {

    static final String PROGRAMME = "mla-practitioner";

    @Autowired
    CertificationService certification;
    @Autowired
    VerificationService verification;
    @Autowired
    CertificateStore store;
    @Autowired
    ExpiryReminders expiry;
    @Autowired
    org.palermoacademy.certification.internal.CredentialSigner signer;
    @Autowired
    DraftService drafts;
    @Autowired
    ProgressStore progressStore;
    @Autowired
    UserProfileStore profiles;
    @Autowired
    NotificationStore notifications;
    @Autowired
    Catalog catalog;
    @Autowired
    AuditLog audit;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    String learner;
    String other;
    String admin;
    Programme programme;

    @BeforeEach
    void people() {
        learner = person("Lina", Role.LEARNER, "WACAP", "SN");
        other = person("Omar", Role.LEARNER, "WACAP", "SN");
        admin = person("Ada", Role.ADMIN, null, null);
        programme = AsUser.call(learner, () -> catalog.programme(PROGRAMME).orElseThrow(), Role.LEARNER);
    }

    private String person(String given, Role role, String network, String country) {
        String id = given.toLowerCase() + "-" + UUID.randomUUID();
        profiles.upsertAtSignIn(new SignInClaims(id, id, given, "Tester", id + "@example.org", country, "Ministry of Justice",
                network, Set.of(role), "en"));
        return id;
    }

    /** Completes the programme's courses (through the learning store) and has its exercises graded by an admin. */
    private List<String> meetRequirements(String who, int percent) {
        Instant now = Instant.now();
        for (String course : programme.requiredCourses()) {
            progressStore.enrol(who, course, "v", now);
            progressStore.markCompleted(who, course, "v", now);
        }
        List<String> submissions = new ArrayList<>();
        for (Programme.ExerciseRequirement x : programme.requiredExercises()) {
            submissions.add(grade(who, x.scenarioId(), percent).id());
        }
        return submissions;
    }

    private VerificationResult byCode(String code, String client) {
        return anonymously(() -> verification.byCode(code, client));
    }

    private VerificationResult byCredential(String text, String client) {
        return anonymously(() -> verification.byCredential(text, client));
    }

    /** The public verification runs for anonymous visitors. */
    private static <T> T anonymously(java.util.function.Supplier<T> work) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        try {
            org.springframework.security.core.context.SecurityContextHolder.setContext(
                    new org.springframework.security.core.context.SecurityContextImpl(
                            new org.springframework.security.authentication.AnonymousAuthenticationToken("test",
                                    "anonymousUser", org.springframework.security.core.authority.AuthorityUtils
                                            .createAuthorityList("ROLE_ANONYMOUS"))));
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    private SubmissionView grade(String who, String scenario, int percent) {
        SubmissionView s = AsUser.call(who, () -> {
            DraftView d = drafts.openDraft(scenario);
            DraftView saved = drafts.save(d.id(), Map.of(), "Request drafted for the test " + UUID.randomUUID(), true,
                    d.revision());
            return drafts.submit(saved.id(), DraftService.submitKey(saved.id(), saved.revision()));
        }, Role.LEARNER);
        return AsUser.call(admin, () -> drafts.markGraded(s.id(), percent), Role.ADMIN);
    }

    private List<Certificate> mine(String who) {
        return AsUser.call(who, () -> certification.mine(), Role.LEARNER);
    }

    @Test
    void nothingIsIssuedUntilEveryRequirementIsMetAndThenExactlyOneCertificate() throws Exception {
        List<String> submissions = meetRequirements(learner, 50); // below the programme's minimum grade
        assertThat(certification.evaluateAsSystem(learner)).isEmpty();
        var progress = AsUser.call(learner, () -> certification.myProgrammes(), Role.LEARNER).stream()
                .filter(p -> p.programme().id().equals(PROGRAMME)).findFirst().orElseThrow();
        assertThat(progress.allMet()).isFalse();
        assertThat(progress.requirements()).filteredOn(r -> r.kind() == Requirement.Kind.EXERCISE)
                .allSatisfy(r -> assertThat(r.best()).isEqualTo(50));

        for (String submission : submissions) { // the trainer revises the grade upwards
            AsUser.call(admin, () -> drafts.markGraded(submission, 80), Role.ADMIN);
        }
        // the grading event issues on a background thread; a burst of concurrent checks must not add a second one
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<Certificate>>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit((Callable<List<Certificate>>) () -> certification.evaluateAsSystem(learner)));
            }
            for (Future<List<Certificate>> f : runs) {
                f.get();
            }
        }
        awaitCertificates(learner, 1);
        List<Certificate> held = mine(learner).stream().filter(c -> c.programmeId().equals(PROGRAMME)).toList();
        assertThat(held).hasSize(1);
        Certificate c = held.getFirst();
        assertThat(c.status(Instant.now())).isEqualTo(CertificateStatus.VALID);
        assertThat(c.code()).matches("PA-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(Duration.between(c.validFrom(), c.validUntil()).toDays()).isBetween(1094L, 1097L);
        assertThat(c.evidence()).anySatisfy(e -> assertThat(e).startsWith("exercise:").contains("80%"));
        assertThat(certification.evaluateAsSystem(learner)).isEmpty();
        assertThat(notifications.latest(learner, 20)).anySatisfy(n -> assertThat(n.kind()).isEqualTo("certIssued"));
    }

    @Test
    void theCredentialIsAValidOpenBadgeAndVerifiesByCodeAndByFileUntilAlteredOrRevoked() {
        meetRequirements(learner, 90);
        awaitCertificates(learner, 1);
        Certificate c = mine(learner).getFirst();
        String json = AsUser.call(learner, () -> certification.credentialJson(c.id()), Role.LEARNER);
        String jwt = AsUser.call(learner, () -> certification.credentialJwt(c.id()), Role.LEARNER);
        assertThat(CredentialSchema.problems(json)).isEmpty();
        assertThat(json).contains("\"OpenBadgeCredential\"").contains("Lina Tester").contains(c.credentialId());

        String client = "test-" + UUID.randomUUID();
        VerificationResult byCode = byCode(c.code().toLowerCase().replace("-", " "), client);
        assertThat(byCode.outcome()).isEqualTo(VerificationResult.Outcome.VALID);
        assertThat(byCode.holderName()).isEqualTo("Lina Tester");
        assertThat(byCode.programmeTitle()).isEqualTo(programme.title());
        assertThat(byCode.signatureValid()).isTrue();
        assertThat(byCredential(jwt, client).outcome()).isEqualTo(VerificationResult.Outcome.VALID);
        assertThat(byCredential(json, client).outcome()).isEqualTo(VerificationResult.Outcome.VALID);

        // any altered byte fails: the holder's name in the JSON, a character of the JWT's payload or signature
        assertThat(byCredential(json.replace("Lina Tester", "Lena Tester"), client).outcome())
                .isEqualTo(VerificationResult.Outcome.INVALID);
        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("Lina Tester", "Lena Tester");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(byCredential(forged, client).outcome()).isEqualTo(VerificationResult.Outcome.INVALID);
        char last = parts[2].charAt(10);
        String badSignature = parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10) + (last == 'A' ? 'B' : 'A')
                + parts[2].substring(11);
        assertThat(byCredential(badSignature, client).outcome()).isEqualTo(VerificationResult.Outcome.INVALID);
        assertThat(byCode("PA-2222-2222-2222", client).outcome()).isEqualTo(VerificationResult.Outcome.NOT_FOUND);
        // a code changed on a printed or edited PDF leads nowhere
        char first = c.code().charAt(3);
        String edited = c.code().substring(0, 3) + (first == 'X' ? 'Y' : 'X') + c.code().substring(4);
        assertThat(byCode(edited, client).outcome()).isEqualTo(VerificationResult.Outcome.NOT_FOUND);
        assertThat(byCode("<script>", client).outcome()).isEqualTo(VerificationResult.Outcome.NOT_FOUND);
        assertThat(byCredential("x".repeat(300_000), client).outcome())
                .isEqualTo(VerificationResult.Outcome.INVALID);

        // a record changed in the store after signing no longer matches its credential
        var byId = org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(c.id()));
        mongo.updateFirst(byId, new org.springframework.data.mongodb.core.query.Update().set("holderName", "Someone Else"),
                CertificateStore.CertificateDoc.class);
        assertThat(byCode(c.code(), client).outcome()).isEqualTo(VerificationResult.Outcome.INVALID);
        mongo.updateFirst(byId, new org.springframework.data.mongodb.core.query.Update().set("holderName", "Lina Tester"),
                CertificateStore.CertificateDoc.class);
        assertThat(byCode(c.code(), client).outcome()).isEqualTo(VerificationResult.Outcome.VALID);

        // revocation: admin only, with a reason; then verification says revoked, with the date
        assertThatThrownBy(() -> AsUser.call(learner, () -> certification.revoke(c.id(), "mine"), Role.LEARNER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(admin, () -> certification.revoke(c.id(), "  "), Role.ADMIN))
                .isInstanceOf(CertificateProblem.class);
        AsUser.call(admin, () -> certification.revoke(c.id(), "Issued on a grade entered in error"), Role.ADMIN);
        VerificationResult revoked = byCode(c.code(), client);
        assertThat(revoked.outcome()).isEqualTo(VerificationResult.Outcome.REVOKED);
        assertThat(revoked.revokedAt()).isNotNull();
        assertThat(byCredential(jwt, client).outcome()).isEqualTo(VerificationResult.Outcome.REVOKED);
        assertThat(AsUser.call(admin, () -> audit.latest(200), Role.ADMIN)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("certificate-revoked");
            assertThat(e.target()).isEqualTo("certificate:" + c.id());
        });
        assertThatThrownBy(() -> AsUser.call(admin, () -> certification.revoke(c.id(), "again"), Role.ADMIN))
                .isInstanceOf(CertificateProblem.class);
    }

    @Test
    void aCertificatePastItsValidityVerifiesAsExpiredEverywhere() {
        Instant issued = Instant.now().minus(Duration.ofDays(1200));
        CertificateStore.CertificateDoc d = new CertificateStore.CertificateDoc();
        d.id = UUID.randomUUID().toString();
        d.achievementKey = learner + "|" + PROGRAMME + "|first";
        d.code = "PA-EXPD-" + "2345-" + "6789".replace('6', '7');
        d.holderId = learner;
        d.holderName = "Lina Tester";
        d.holderSubject = "urn:uuid:" + UUID.randomUUID();
        d.programmeId = PROGRAMME;
        d.programmeTitle = programme.title();
        d.issuedAt = issued;
        d.validFrom = issued;
        d.validUntil = issued.plus(Duration.ofDays(1095));
        d.evidence = List.of();
        signer.sign(d, programme);
        store.insert(d).orElseThrow();
        VerificationResult r = byCode(d.code, "expired-" + UUID.randomUUID());
        assertThat(r.outcome()).isEqualTo(VerificationResult.Outcome.EXPIRED);
        assertThat(r.signatureValid()).isTrue();
        assertThat(r.holderName()).isEqualTo("Lina Tester");
        assertThat(mine(learner)).singleElement().satisfies(c ->
                assertThat(c.status(Instant.now())).isEqualTo(CertificateStatus.EXPIRED));
    }

    @Test
    void othersCannotReadACertificateByIdAndLookupsAreRateLimited() {
        meetRequirements(learner, 90);
        awaitCertificates(learner, 1);
        Certificate c = mine(learner).getFirst();
        assertThatThrownBy(() -> AsUser.call(other, () -> certification.certificate(c.id()), Role.LEARNER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(other, () -> certification.credentialJwt(c.id()), Role.LEARNER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(other, () -> certification.certificate("no-such-id"), Role.LEARNER))
                .isInstanceOf(CertificateProblem.class);
        assertThat(AsUser.call(admin, () -> audit.forActor(other, 20), Role.ADMIN)).anySatisfy(e -> assertThat(e.action()).isEqualTo("access-denied"));

        String client = "burst-" + UUID.randomUUID();
        List<VerificationResult.Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 35; i++) {
            outcomes.add(byCode(c.code(), client).outcome());
        }
        assertThat(outcomes.subList(0, 30)).containsOnly(VerificationResult.Outcome.VALID);
        assertThat(outcomes.subList(30, 35)).containsOnly(VerificationResult.Outcome.RATE_LIMITED);
        assertThat(byCode(c.code(), "another-" + client).outcome()).isEqualTo(VerificationResult.Outcome.VALID);
    }

    @Test
    void expiryRemindersGoOutOncePerThresholdWithAControlledClock() {
        meetRequirements(learner, 90);
        awaitCertificates(learner, 1);
        Certificate c = mine(learner).getFirst();
        Instant at89 = c.validUntil().minus(Duration.ofDays(89));
        expiry.run(at89);
        expiry.run(at89.plus(Duration.ofHours(1)));
        Instant at20 = c.validUntil().minus(Duration.ofDays(20));
        expiry.run(at20);
        Instant at3 = c.validUntil().minus(Duration.ofDays(3));
        expiry.run(at3);
        expiry.run(at3);
        var kinds = notifications.latest(learner, 50).stream().filter(n -> n.kind().equals("certExpiring"))
                .map(n -> n.args().get(2)).toList();
        assertThat(kinds).containsExactlyInAnyOrder("90", "30", "7");
    }

    @Test
    void theRulesRenewInsideTheWindowFromTheOldExpiryAndNeverRenewARevokedCertificate() {
        Instant issued = Instant.parse("2026-01-10T10:00:00Z");
        Instant until = IssuingRules.validUntil(programme, null, issued);
        assertThat(until).isEqualTo(Instant.parse("2029-01-10T10:00:00Z"));
        Certificate current = new Certificate("c1", "PA-2222-3333-4444", learner, "Lina", PROGRAMME, "MLA", issued, issued,
                until, null, List.of(), null, null, "urn:uuid:c1");
        String renewalScenario = programme.renewal().exercises().getFirst().scenarioId();
        int min = programme.renewal().exercises().getFirst().minPercent();
        Instant beforeWindow = until.minus(Duration.ofDays(120));
        Instant inWindow = until.minus(Duration.ofDays(30));
        var early = new org.palermoacademy.exercises.GradedWork("s1", renewalScenario, min + 5, beforeWindow, beforeWindow);
        var timely = new org.palermoacademy.exercises.GradedWork("s2", renewalScenario, min + 5, inWindow, inWindow);
        var weak = new org.palermoacademy.exercises.GradedWork("s3", renewalScenario, min - 1, inWindow, inWindow);
        Map<String, Instant> none = new LinkedHashMap<>();

        assertThat(IssuingRules.decide(programme, new IssuingRules.Evidence(none, List.of(timely)), List.of(current),
                beforeWindow)).isInstanceOf(IssuingRules.Nothing.class);
        assertThat(IssuingRules.decide(programme, new IssuingRules.Evidence(none, List.of(early, weak)), List.of(current),
                inWindow)).isInstanceOf(IssuingRules.Nothing.class);
        var renewal = IssuingRules.decide(programme, new IssuingRules.Evidence(none, List.of(timely)), List.of(current),
                inWindow);
        assertThat(renewal).isInstanceOf(IssuingRules.Renewal.class);
        assertThat(IssuingRules.validUntil(programme, current, inWindow)).isEqualTo(Instant.parse("2032-01-10T10:00:00Z"));
        // renewing after expiry counts from the renewal date
        Instant late = until.plus(Duration.ofDays(10));
        assertThat(IssuingRules.validUntil(programme, current, late)).isEqualTo(late.atOffset(java.time.ZoneOffset.UTC)
                .plusYears(3).toInstant());
        Certificate revoked = new Certificate("c2", "PA-2222-3333-5555", learner, "Lina", PROGRAMME, "MLA", issued, issued,
                until, null, List.of(), inWindow, "error", "urn:uuid:c2");
        assertThat(IssuingRules.decide(programme, new IssuingRules.Evidence(none, List.of(timely)), List.of(revoked),
                inWindow)).isInstanceOf(IssuingRules.Nothing.class);
    }

    private void awaitCertificates(String who, int count) {
        long end = System.currentTimeMillis() + 15_000;
        while (store.ofHolder(who).size() < count && System.currentTimeMillis() < end) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(store.ofHolder(who)).hasSize(count);
    }
}
