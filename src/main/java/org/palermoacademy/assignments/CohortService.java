package org.palermoacademy.assignments;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.palermoacademy.assignments.internal.AssignmentsStore;
import org.palermoacademy.assignments.internal.Docs.CohortDoc;
import org.palermoacademy.assignments.internal.Docs.MemberDoc;
import org.palermoacademy.assignments.internal.Views;
import org.palermoacademy.audit.AuditLog;
import org.palermoacademy.identity.CurrentUser;
import org.palermoacademy.identity.Role;
import org.palermoacademy.identity.UserProfile;
import org.palermoacademy.identity.UserProfileService;
import org.palermoacademy.shared.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Cohorts and their learners and trainers. A trainer sees and changes only the cohorts they own or
 * co-train (administrators: all); only the owner (or an administrator) shares a cohort with
 * co-trainers. Every refusal is audited.
 */
@Service
public class CohortService {

    public static final int MAX_MEMBERS = 2_000;
    public static final int MAX_IMPORT_BYTES = 512 * 1024;
    static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>\"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+");

    private final AssignmentsStore store;
    private final CurrentUser currentUser;
    private final UserProfileService profiles;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CohortService(AssignmentsStore store, CurrentUser currentUser, UserProfileService profiles, AuditLog audit,
            Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.currentUser = currentUser;
        this.profiles = profiles;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** Published when learners join a cohort, so they are told about work already assigned. */
    public record MembersAdded(String cohortId) {
    }

    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public List<Cohort> myCohorts() {
        String me = currentUser.requireId();
        return store.cohortsOf(currentUser.hasRole(Role.ADMIN) ? null : me).stream()
                .map(c -> {
                    int[] counts = store.memberCounts(c.id);
                    return Views.cohort(c, counts[0], counts[1]);
                }).toList();
    }

    @PreAuthorize("hasRole('TRAINER')")
    public Cohort create(String name, String description, Language language, LocalDate start, LocalDate end,
            String zone) {
        CohortDoc c = new CohortDoc();
        c.id = UUID.randomUUID().toString();
        validate(name, description, start, end, zone);
        c.name = name.strip();
        c.description = description == null ? "" : description.strip();
        c.language = (language == null ? Language.EN : language).tag();
        c.startDate = start;
        c.endDate = end;
        c.zone = zone;
        c.ownerId = currentUser.requireId();
        c.ownerName = myName();
        c.createdAt = clock.instant();
        store.insert(c);
        audit.record(c.ownerId, "cohort-created", "cohort:" + c.id, Map.of("name", c.name));
        return Views.cohort(c);
    }

    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public Cohort update(String cohortId, String name, String description, Language language, LocalDate start,
            LocalDate end, String zone) {
        requireTrainer(cohortId, "update");
        validate(name, description, start, end, zone);
        store.updateDetails(cohortId, name.strip(), description == null ? "" : description.strip(),
                (language == null ? Language.EN : language).tag(), start, end, zone);
        audit.record(currentUser.requireId(), "cohort-updated", "cohort:" + cohortId, Map.of());
        return cohort(cohortId);
    }

    private static void validate(String name, String description, LocalDate start, LocalDate end, String zone) {
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new AssignmentProblem(AssignmentProblem.Kind.INVALID, "cohort.error.name");
        }
        if (description != null && description.length() > 2_000) {
            throw new AssignmentProblem(AssignmentProblem.Kind.INVALID, "cohort.error.description");
        }
        if (start == null || end == null || end.isBefore(start)) {
            throw new AssignmentProblem(AssignmentProblem.Kind.INVALID, "cohort.error.dates");
        }
        try {
            ZoneId.of(zone);
        } catch (DateTimeException | NullPointerException e) {
            throw new AssignmentProblem(AssignmentProblem.Kind.INVALID, "cohort.error.zone");
        }
    }

    /** A cohort the caller trains (or any, for an administrator). */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public Cohort cohort(String cohortId) {
        return Views.cohort(requireTrainer(cohortId, "read"));
    }

    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public List<Member> members(String cohortId) {
        return requireTrainer(cohortId, "read").members.stream().map(Views::member)
                .sorted(Comparator.comparing((Member m) -> m.name() == null ? "" : m.name().toLowerCase(Locale.ROOT))
                        .thenComparing(Member::email))
                .toList();
    }

    /** People to add (search by name, user name or e-mail). */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public List<UserProfile> searchPeople(String text) {
        return profiles.search(text, 20);
    }

    /** Adds a person who has signed in before. */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public boolean addMember(String cohortId, String userId) {
        CohortDoc c = requireTrainer(cohortId, "add-member");
        UserProfile p = profiles.profiles(List.of(userId)).stream().findFirst().orElseThrow(() ->
                new AssignmentProblem(AssignmentProblem.Kind.NOT_FOUND, "cohort.error.person"));
        if (c.members.size() >= MAX_MEMBERS) {
            throw new AssignmentProblem(AssignmentProblem.Kind.INVALID, "cohort.error.full", MAX_MEMBERS);
        }
        boolean added = store.addMember(cohortId, member(p.id(), normalise(p.email()), p.displayName()));
        if (added) {
            audit.record(currentUser.requireId(), "member-added", "cohort:" + cohortId, Map.of("learner", userId));
            events.publishEvent(new MembersAdded(cohortId));
        }
        return added;
    }

    /**
     * Imports learners from a CSV file of e-mail addresses: one per row, in the column headed
     * {@code email} (or the first column when there is no such header). Every row gets an outcome in
     * the report; people who have not signed in yet are kept as pending and join at first sign-in.
     */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public ImportReport importCsv(String cohortId, byte[] csv) {
        CohortDoc c = requireTrainer(cohortId, "import");
        if (csv == null || csv.length == 0) {
            throw new AssignmentProblem(AssignmentProblem.Kind.INVALID, "cohort.import.error.empty");
        }
        if (csv.length > MAX_IMPORT_BYTES) {
            throw new AssignmentProblem(AssignmentProblem.Kind.INVALID, "cohort.import.error.size", MAX_IMPORT_BYTES / 1024);
        }
        String text = new String(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new AssignmentProblem(AssignmentProblem.Kind.INVALID, "cohort.import.error.binary");
        }
        char delimiter = delimiter(text);
        List<ImportReport.Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> present = new HashSet<>();
        c.members.forEach(m -> present.add(m.email));
        int size = c.members.size();
        int column = 0;
        boolean added = false;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setTrim(true).get().parse(new StringReader(text))) {
            boolean first = true;
            var records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (java.io.UncheckedIOException | IllegalStateException malformed) {
                    // an unterminated quote or the like: report it at its line and keep what was done before
                    rows.add(new ImportReport.Row(parser.getCurrentLineNumber(), "", ImportReport.Outcome.MALFORMED));
                    break;
                }
                long line = parser.getCurrentLineNumber();
                if (first) {
                    first = false;
                    int header = headerColumn(record);
                    if (header >= 0) {
                        column = header;
                        continue;
                    }
                }
                String raw = record.size() > column ? record.get(column) : "";
                String email = normalise(raw);
                if (email.isEmpty()) {
                    if (record.size() > 1 || !raw.isEmpty()) {
                        rows.add(new ImportReport.Row(line, raw, ImportReport.Outcome.EMPTY));
                    }
                    continue;
                }
                if (!EMAIL.matcher(email).matches()) {
                    rows.add(new ImportReport.Row(line, abbreviate(raw), ImportReport.Outcome.INVALID_EMAIL));
                } else if (!seen.add(email)) {
                    rows.add(new ImportReport.Row(line, email, ImportReport.Outcome.DUPLICATE_IN_FILE));
                } else if (present.contains(email)) {
                    rows.add(new ImportReport.Row(line, email, ImportReport.Outcome.ALREADY_MEMBER));
                } else if (size >= MAX_MEMBERS) {
                    rows.add(new ImportReport.Row(line, email, ImportReport.Outcome.TOO_MANY));
                } else {
                    var profile = profiles.findByEmail(email);
                    MemberDoc m = member(profile.map(UserProfile::id).orElse(null), email,
                            profile.map(UserProfile::displayName).orElse(null));
                    if (store.addMember(cohortId, m)) {
                        size++;
                        added = true;
                        rows.add(new ImportReport.Row(line, email, profile.isPresent() ? ImportReport.Outcome.ADDED
                                : ImportReport.Outcome.PENDING));
                    } else {
                        rows.add(new ImportReport.Row(line, email, ImportReport.Outcome.ALREADY_MEMBER));
                    }
                }
                if (rows.size() > MAX_MEMBERS * 2) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new AssignmentProblem(AssignmentProblem.Kind.INVALID, "cohort.import.error.malformed");
        }
        ImportReport report = new ImportReport(List.copyOf(rows));
        audit.record(currentUser.requireId(), "members-imported", "cohort:" + cohortId, Map.of(
                "added", String.valueOf(report.count(ImportReport.Outcome.ADDED)),
                "pending", String.valueOf(report.count(ImportReport.Outcome.PENDING)),
                "rejected", String.valueOf(rows.stream().filter(r -> !r.accepted()).count())));
        if (added) {
            events.publishEvent(new MembersAdded(cohortId));
        }
        return report;
    }

    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        return firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : firstLine.indexOf('\t') >= 0
                && firstLine.indexOf(',') < 0 ? '\t' : ',';
    }

    private static int headerColumn(CSVRecord record) {
        for (int i = 0; i < record.size(); i++) {
            String h = record.get(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            if (h.equals("email") || h.equals("emailaddress") || h.equals("mail") || h.equals("courriel")
                    || h.equals("correo") || h.equals("correoelectronico")) {
                return i;
            }
        }
        return -1;
    }

    private static String abbreviate(String s) {
        String clean = s.replaceAll("\\p{Cc}", " ");
        return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
    }

    static String normalise(String email) {
        return email == null ? "" : email.strip().replaceFirst("^mailto:", "").toLowerCase(Locale.ROOT);
    }

    private MemberDoc member(String learnerId, String email, String name) {
        MemberDoc m = new MemberDoc();
        m.learnerId = learnerId;
        m.email = email;
        m.name = name;
        m.addedAt = clock.instant();
        m.addedBy = currentUser.requireId();
        return m;
    }

    /** Removes a learner (by learner id, or by e-mail while pending). Their work is kept. */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public boolean removeMember(String cohortId, String memberKey) {
        requireTrainer(cohortId, "remove-member");
        boolean removed = store.removeMember(cohortId, memberKey);
        if (removed) {
            audit.record(currentUser.requireId(), "member-removed", "cohort:" + cohortId, Map.of("member", memberKey));
        }
        return removed;
    }

    /** Shares the cohort with another trainer (owner or administrator only). */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public void addCoTrainer(String cohortId, String trainerId) {
        CohortDoc c = requireOwner(cohortId);
        UserProfile p = profiles.profiles(List.of(trainerId)).stream().findFirst().orElseThrow(() ->
                new AssignmentProblem(AssignmentProblem.Kind.NOT_FOUND, "cohort.error.person"));
        if (!p.hasRole(Role.TRAINER)) {
            throw new AssignmentProblem(AssignmentProblem.Kind.INVALID, "cohort.error.notTrainer", p.displayName());
        }
        if (p.id().equals(c.ownerId)) {
            return;
        }
        store.addCoTrainer(cohortId, trainerId, p.displayName());
        audit.record(currentUser.requireId(), "co-trainer-added", "cohort:" + cohortId, Map.of("trainer", trainerId));
    }

    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public void removeCoTrainer(String cohortId, String trainerId) {
        requireOwner(cohortId);
        store.removeCoTrainer(cohortId, trainerId);
        audit.record(currentUser.requireId(), "co-trainer-removed", "cohort:" + cohortId, Map.of("trainer", trainerId));
    }

    /** Whether the caller owns the cohort (co-trainers may not share it further). */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public boolean mayShare(String cohortId) {
        CohortDoc c = requireTrainer(cohortId, "read");
        return currentUser.hasRole(Role.ADMIN) || c.ownerId.equals(currentUser.requireId());
    }

    private CohortDoc requireOwner(String cohortId) {
        CohortDoc c = requireTrainer(cohortId, "share");
        String me = currentUser.requireId();
        if (!c.ownerId.equals(me) && !currentUser.hasRole(Role.ADMIN)) {
            audit.record(me, "access-denied", "cohort:" + cohortId, Map.of("action", "share"));
            throw new AccessDeniedException("Only the owner shares a cohort");
        }
        return c;
    }

    /** Loads a cohort the caller may act on, or refuses (audited) as if it did not exist to others. */
    CohortDoc requireTrainer(String cohortId, String action) {
        CohortDoc c = store.cohort(cohortId).orElseThrow(() ->
                new AssignmentProblem(AssignmentProblem.Kind.NOT_FOUND, "cohort.error.unknown"));
        String me = currentUser.requireId();
        if (!trains(c, me) && !currentUser.hasRole(Role.ADMIN)) {
            audit.record(me, "access-denied", "cohort:" + cohortId, Map.of("action", action));
            throw new AccessDeniedException("Not a trainer of this cohort");
        }
        return c;
    }

    static boolean trains(CohortDoc c, String userId) {
        return c.ownerId.equals(userId) || (c.coTrainerIds != null && c.coTrainerIds.contains(userId));
    }

    private String myName() {
        return profiles.myProfile().map(UserProfile::displayName).filter(n -> !n.isBlank())
                .orElseGet(currentUser::requireId);
    }
}
