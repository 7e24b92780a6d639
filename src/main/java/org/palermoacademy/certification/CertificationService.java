package org.palermoacademy.certification;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.palermoacademy.audit.AuditLog;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Course;
import org.palermoacademy.catalog.Programme;
import org.palermoacademy.catalog.Scenario;
import org.palermoacademy.certification.internal.CertificateStore;
import org.palermoacademy.certification.internal.CertificateStore.CertificateDoc;
import org.palermoacademy.certification.internal.CredentialSigner;
import org.palermoacademy.exercises.DraftService;
import org.palermoacademy.identity.CurrentUser;
import org.palermoacademy.identity.LearnerRecordsAccess;
import org.palermoacademy.identity.Role;
import org.palermoacademy.identity.SystemActor;
import org.palermoacademy.identity.UserProfile;
import org.palermoacademy.identity.UserProfileService;
import org.palermoacademy.learning.ProgressService;
import org.palermoacademy.notifications.Notifier;
import org.palermoacademy.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Certificates: evaluating a learner against the programmes and issuing what is earned (re-checked at
 * issue time, one certificate per achievement), the holder's list and downloads, other people's
 * certificates for those allowed (audited), and revocation by an administrator.
 */
@Service
public class CertificationService {

    private static final Logger log = LoggerFactory.getLogger(CertificationService.class);
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    public static final int MAX_REASON = 1_000;

    private final CertificateStore store;
    private final CredentialSigner signer;
    private final Catalog catalog;
    private final ProgressService progress;
    private final DraftService drafts;
    private final UserProfileService profiles;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Notifier notifier;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<LearnerRecordsAccess> access;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CertificationService(CertificateStore store, CredentialSigner signer, Catalog catalog, ProgressService progress,
            DraftService drafts, UserProfileService profiles, CurrentUser currentUser, AuditLog audit, Notifier notifier,
            ApplicationEventPublisher events, ObjectProvider<LearnerRecordsAccess> access, Clock clock) {
        this.store = store;
        this.signer = signer;
        this.catalog = catalog;
        this.progress = progress;
        this.drafts = drafts;
        this.profiles = profiles;
        this.currentUser = currentUser;
        this.audit = audit;
        this.notifier = notifier;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    // --- the holder -------------------------------------------------------------------------------

    /** The current user's certificates, newest first (anything newly earned is issued first). */
    @PreAuthorize("isAuthenticated()")
    public List<Certificate> mine() {
        String me = currentUser.requireId();
        evaluateSafely(me);
        return store.ofHolder(me);
    }

    /** Where the current user stands on every programme. */
    @PreAuthorize("isAuthenticated()")
    public List<ProgrammeProgress> myProgrammes() {
        String me = currentUser.requireId();
        evaluateSafely(me);
        IssuingRules.Evidence evidence = evidence(me);
        List<Certificate> held = store.ofHolder(me);
        Instant now = clock.instant();
        List<ProgrammeProgress> result = new ArrayList<>();
        for (Programme p : catalog.programmes()) {
            Certificate current = held.stream().filter(c -> c.programmeId().equals(p.id()) && c.revokedAt() == null)
                    .findFirst().orElse(null);
            Instant opens = current == null ? null : IssuingRules.renewalOpensAt(p, current);
            boolean open = opens != null && !now.isBefore(opens);
            result.add(new ProgrammeProgress(p, IssuingRules.requirements(p, evidence, this::courseTitle,
                    this::scenarioTitle), current, open, opens, opens == null ? List.of()
                            : IssuingRules.renewalOptions(p, evidence, opens, this::courseTitle, this::scenarioTitle)));
        }
        return result;
    }

    /** One certificate: its holder, an administrator, or someone the holder's records are open to (audited). */
    @PreAuthorize("isAuthenticated()")
    public Certificate certificate(String id) {
        return view(require(id, "read"));
    }

    /** The signed credential (VC-JWT compact form). */
    @PreAuthorize("isAuthenticated()")
    public String credentialJwt(String id) {
        return require(id, "download-jwt").jwt;
    }

    /** The credential as JSON (the VC-JWT's payload without the JWT claims). */
    @PreAuthorize("isAuthenticated()")
    public String credentialJson(String id) {
        return signer.credentialJson(require(id, "download-json").jwt);
    }

    /** The printable certificate. */
    @PreAuthorize("isAuthenticated()")
    public byte[] pdf(String id, Language language, java.util.function.Function<String, String> translate) {
        CertificateDoc d = require(id, "download-pdf");
        return signer.pdf(d, language, translate);
    }

    /** Certificates of these people, for coordinators (their network's staff) and administrators. */
    @PreAuthorize("hasAnyRole('COORDINATOR','TRAINER','ADMIN')")
    public List<Certificate> certificatesOf(Collection<String> holderIds) {
        if (holderIds.isEmpty()) {
            return List.of();
        }
        String me = currentUser.requireId();
        boolean allowed = currentUser.hasRole(Role.ADMIN)
                || access.orderedStream().anyMatch(a -> a.mayRead(me, holderIds));
        audit.record(me, allowed ? "certificates-read" : "access-denied", "people:" + holderIds.size(),
                Map.of("count", String.valueOf(holderIds.size())));
        if (!allowed) {
            throw new AccessDeniedException("Not allowed to read these people's certificates");
        }
        return store.ofHolders(holderIds);
    }

    // --- administrators ---------------------------------------------------------------------------

    @PreAuthorize("hasRole('ADMIN')")
    public List<Certificate> search(String text) {
        if (text != null && text.length() > 200) {
            throw new CertificateProblem(CertificateProblem.Kind.INVALID, "cert.error.search");
        }
        return store.search(text, 200);
    }

    /** Revokes a certificate with a reason; audited, and the holder is told. */
    @PreAuthorize("hasRole('ADMIN')")
    public Certificate revoke(String id, String reason) {
        String clean = reason == null ? "" : reason.strip().replaceAll("\\p{Cntrl}", " ");
        if (clean.isEmpty() || clean.length() > MAX_REASON) {
            throw new CertificateProblem(CertificateProblem.Kind.INVALID, "cert.error.reason", MAX_REASON);
        }
        CertificateDoc d = store.doc(id).orElseThrow(() -> new CertificateProblem(CertificateProblem.Kind.NOT_FOUND,
                "cert.error.unknown"));
        String me = currentUser.requireId();
        Instant now = clock.instant();
        if (!store.revoke(id, now, me, clean)) {
            throw new CertificateProblem(CertificateProblem.Kind.ALREADY, "cert.error.alreadyRevoked");
        }
        audit.record(me, "certificate-revoked", "certificate:" + id, Map.of("holder", d.holderId, "code", d.code,
                "reason", clean));
        events.publishEvent(new CertificateRevoked(id, d.holderId, d.programmeId, now));
        tell(d.holderId, "certRevoked", List.of(d.programmeTitle, clean), "certificates", "cert-revoked:" + id);
        return view(store.doc(id).orElseThrow());
    }

    /** Starts signing new credentials with a fresh key; the old keys stay published for verification. */
    @PreAuthorize("hasRole('ADMIN')")
    public String rotateSigningKey() {
        String kid = signer.rotate();
        audit.record(currentUser.requireId(), "signing-key-rotated", "key:" + kid, Map.of());
        return kid;
    }

    // --- issuing ----------------------------------------------------------------------------------

    /**
     * Checks a learner against every programme and issues what they have earned. Runs as the system actor
     * (from events and sweeps) or as the learner; idempotent.
     */
    @PreAuthorize("isAuthenticated()")
    public List<Certificate> evaluate(String learnerId) {
        String me = currentUser.requireId();
        if (!me.equals(learnerId) && !currentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only the system evaluates other people");
        }
        List<Programme> programmes = catalog.programmes();
        if (programmes.isEmpty()) {
            return List.of();
        }
        // read once: issuing for one programme never changes what is held for another
        IssuingRules.Evidence evidence = evidence(learnerId);
        List<Certificate> all = store.ofHolder(learnerId);
        List<Certificate> issued = new ArrayList<>();
        for (Programme p : programmes) {
            List<Certificate> held = all.stream().filter(c -> c.programmeId().equals(p.id())).toList();
            Instant now = clock.instant();
            IssuingRules.Decision decision = IssuingRules.decide(p, evidence, held, now);
            switch (decision) {
                case IssuingRules.First first -> issue(learnerId, p, null, first.evidence(), now).ifPresent(issued::add);
                case IssuingRules.Renewal renewal -> issue(learnerId, p, renewal.previous(), renewal.evidence(), now)
                        .ifPresent(issued::add);
                case IssuingRules.Nothing nothing -> {
                }
            }
        }
        return issued;
    }

    private void evaluateSafely(String learnerId) {
        try {
            evaluate(learnerId);
        } catch (RuntimeException e) {
            log.error("Certificate evaluation for {} failed: {}", learnerId, e.getMessage(), e);
        }
    }

    /**
     * Evaluates a learner as the system actor (event listeners, sweeps). Open to any caller: it only ever
     * issues what the learner has earned, and returns nothing another person could not see on the public page.
     */
    @PreAuthorize("permitAll()")
    public List<Certificate> evaluateAsSystem(String learnerId) {
        return SystemActor.as("certification", () -> evaluate(learnerId));
    }

    private Optional<Certificate> issue(String learnerId, Programme p, Certificate previous, List<String> evidence,
            Instant now) {
        UserProfile holder = profiles.profiles(List.of(learnerId)).stream().findFirst().orElse(null);
        if (holder == null && learnerId.equals(currentUser.id().orElse(null))) {
            holder = profiles.myProfile().orElse(null);
        }
        if (holder == null) {
            log.warn("No profile for {}; certificate for {} not issued", learnerId, p.id());
            return Optional.empty();
        }
        String key = learnerId + "|" + p.id() + "|" + (previous == null ? "first" : "renews:" + previous.id());
        CertificateDoc d = new CertificateDoc();
        d.id = UUID.randomUUID().toString();
        d.achievementKey = key;
        d.code = newCode();
        d.holderId = learnerId;
        d.holderName = holder.displayName() == null || holder.displayName().isBlank() ? holder.username()
                : holder.displayName();
        d.holderSubject = "urn:uuid:" + UUID.randomUUID();
        d.programmeId = p.id();
        d.programmeTitle = p.title();
        d.issuedAt = now;
        d.validFrom = now;
        d.validUntil = IssuingRules.validUntil(p, previous, now);
        d.renews = previous == null ? null : previous.id();
        d.evidence = evidence;
        signer.sign(d, p);
        Optional<Certificate> saved = store.insert(d);
        saved.ifPresent(c -> {
            audit.record(currentUser.requireId(), "certificate-issued", "certificate:" + c.id(), Map.of("holder",
                    learnerId, "programme", p.id(), "code", c.code(), "renews", previous == null ? "" : previous.id()));
            events.publishEvent(new CertificateIssued(c.id(), learnerId, p.id(), c.validFrom(), c.validUntil(),
                    c.renews()));
            tell(learnerId, previous == null ? "certIssued" : "certRenewed", List.of(p.title(),
                    c.validUntil().toString().substring(0, 10)), "certificates", "cert-issued:" + c.id());
        });
        return saved;
    }

    private void tell(String userId, String kind, List<String> args, String link, String key) {
        UserProfile p = SystemActor.as("certification", () -> profiles.profiles(List.of(userId)).stream().findFirst()
                .orElse(null));
        if (p == null) {
            return;
        }
        try {
            notifier.notify(userId, p.email(), p.language(), kind, args, link, key);
        } catch (RuntimeException e) {
            log.warn("Could not notify {} ({}): {}", userId, kind, e.getMessage());
        }
    }

    private String newCode() {
        StringBuilder b = new StringBuilder("PA");
        for (int i = 0; i < 12; i++) {
            if (i % 4 == 0) {
                b.append('-');
            }
            b.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
        }
        return b.toString();
    }

    private IssuingRules.Evidence evidence(String learnerId) {
        return new IssuingRules.Evidence(progress.completions(learnerId), drafts.gradedWork(learnerId));
    }

    private String courseTitle(String id) {
        return catalog.course(id).map(Course::title).orElse(id);
    }

    private String scenarioTitle(String id) {
        return catalog.scenario(id).map(Scenario::title).orElse(id);
    }

    private CertificateDoc require(String id, String action) {
        CertificateDoc d = store.doc(id).orElseThrow(() -> new CertificateProblem(CertificateProblem.Kind.NOT_FOUND,
                "cert.error.unknown"));
        String me = currentUser.requireId();
        if (me.equals(d.holderId)) {
            return d;
        }
        boolean allowed = currentUser.hasRole(Role.ADMIN)
                || access.orderedStream().anyMatch(a -> a.mayRead(me, List.of(d.holderId)));
        audit.record(me, allowed ? "certificate-" + action : "access-denied", "certificate:" + id,
                Map.of("holder", d.holderId));
        if (!allowed) {
            throw new AccessDeniedException("Not your certificate");
        }
        return d;
    }

    private static Certificate view(CertificateDoc d) {
        return CertificateStore.view(d);
    }
}
