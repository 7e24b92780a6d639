package org.palermoacademy.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.palermoacademy.audit.AuditLog;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Programme;
import org.palermoacademy.identity.CurrentUser;
import org.palermoacademy.networks.Network;
import org.palermoacademy.networks.NetworkService;
import org.palermoacademy.reporting.internal.StaffFacts;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The network dashboard from the {@code report_staff} read model: counts per country and organisation
 * of certified staff, certificates expiring within 90 days, expired ones, people in progress and focal
 * points without a valid certificate; and the people behind any figure. Coordinators see only their own
 * network (checked through {@link NetworkService}); administrators any. Refusals and exports are audited.
 */
@Service
public class ReportingService {

    public static final Duration EXPIRING = Duration.ofDays(90);
    private final MongoTemplate mongo;
    private final NetworkService networks;
    private final Catalog catalog;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ReportingService(MongoTemplate mongo, NetworkService networks, Catalog catalog, CurrentUser currentUser,
            AuditLog audit, Clock clock) {
        this.mongo = mongo;
        this.networks = networks;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The dashboard of a network, for all programmes ({@code programmeId} null) or one. */
    @PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
    public Dashboard dashboard(String networkId, String programmeId) {
        Network n = require(networkId, "dashboard");
        String title = programmeTitle(programmeId);
        Instant now = clock.instant();
        // raw documents, projected: the count runs over every staff member of the network, so it skips
        // object mapping (BENCHMARKS.md: 100,000 staff)
        Map<String, long[]> countryCounts = new TreeMap<>();
        Map<String, long[]> orgCounts = new LinkedHashMap<>();
        Map<String, String[]> orgLabels = new HashMap<>();
        var cursor = mongo.getCollection(mongo.getCollectionName(StaffFacts.class))
                .find(new org.bson.Document("networkId", networkId))
                .projection(new org.bson.Document("country", 1).append("organisationId", 1).append("organisationName", 1)
                        .append("kind", 1).append("focal", 1).append("validUntil", 1).append("progress", 1))
                .batchSize(5_000);
        for (org.bson.Document d : cursor) {
            StaffStatus.Bucket b = bucket(latestEnd(d.get("validUntil", org.bson.Document.class), programmeId),
                    d.getList("progress", String.class), programmeId, now);
            boolean focal = Boolean.TRUE.equals(d.getBoolean("focal"));
            String country = d.getString("country");
            String org = d.getString("organisationId");
            add(countryCounts.computeIfAbsent(country, k -> new long[7]), b, focal);
            add(orgCounts.computeIfAbsent(org, k -> new long[7]), b, focal);
            orgLabels.computeIfAbsent(org, k -> new String[] {country, d.getString("organisationName"), d.getString("kind")});
        }
        Map<String, DashboardRow> byCountry = new TreeMap<>();
        countryCounts.forEach((c, k) -> byCountry.put(c, counted(c, null, null, null, k)));
        Map<String, DashboardRow> byOrg = new LinkedHashMap<>();
        orgCounts.forEach((o, k) -> {
            String[] l = orgLabels.get(o);
            byOrg.put(o, counted(l[0], o, l[1], l[2], k));
        });
        for (String c : n.countries()) {
            byCountry.putIfAbsent(c, DashboardRow.empty(c, null, null, null));
        }
        List<DashboardRow> countries = byCountry.values().stream().map(r -> new DashboardRow(r.country(), null, null,
                null, r.staff(), r.certified(), r.expiringSoon(), r.expired(), r.inProgress(), r.focalPoints(),
                r.focalPointsWithoutValid())).toList();
        List<DashboardRow> orgs = new ArrayList<>(byOrg.values());
        orgs.sort(Comparator.comparing(DashboardRow::country).thenComparing(r -> r.organisationName() == null ? ""
                : r.organisationName()));
        DashboardRow total = countries.stream().reduce(DashboardRow.empty(null, null, null, null), DashboardRow::plus);
        return new Dashboard(n.id(), n.name(), now, programmeId, title, countries, orgs, total);
    }

    /** The people behind a figure: a country and/or organisation, optionally one bucket. */
    @PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
    public List<StaffStatus> people(String networkId, String country, String organisationId, String programmeId,
            StaffStatus.Bucket bucket) {
        require(networkId, "dashboard-people");
        programmeTitle(programmeId);
        Criteria c = Criteria.where("networkId").is(networkId);
        if (country != null) {
            c = c.and("country").is(country);
        }
        if (organisationId != null) {
            c = c.and("organisationId").is(organisationId);
        }
        Instant now = clock.instant();
        List<StaffStatus> result = new ArrayList<>();
        for (StaffFacts f : mongo.find(Query.query(c).limit(5_000), StaffFacts.class)) {
            Instant end = latestEnd(f.validUntil, programmeId);
            StaffStatus.Bucket b = bucket(end, f.progress, programmeId, now);
            boolean match = bucket == null || b == bucket
                    || (bucket == StaffStatus.Bucket.CERTIFIED && b == StaffStatus.Bucket.EXPIRING);
            if (match) {
                result.add(new StaffStatus(f.userId, f.name, f.email, f.country, f.organisationName, f.kind, f.focal, b,
                        end));
            }
        }
        result.sort(Comparator.comparing(StaffStatus::country).thenComparing(s -> s.name() == null ? "" : s.name()));
        audit.record(currentUser.requireId(), "dashboard-people-viewed", "network:" + networkId,
                Map.of("country", String.valueOf(country), "organisation", String.valueOf(organisationId),
                        "count", String.valueOf(result.size())));
        return result;
    }

    /** Records an export of the dashboard in the audit trail (the view builds the file). */
    @PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
    public Dashboard dashboardForExport(String networkId, String programmeId, String format) {
        Dashboard d = dashboard(networkId, programmeId);
        audit.record(currentUser.requireId(), "dashboard-exported", "network:" + networkId, Map.of("format", format,
                "programme", String.valueOf(programmeId)));
        return d;
    }

    /** The programmes a dashboard can be filtered by. */
    @PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
    public List<Programme> programmes() {
        return catalog.programmes();
    }

    private static void add(long[] k, StaffStatus.Bucket b, boolean focal) {
        boolean certified = b == StaffStatus.Bucket.CERTIFIED || b == StaffStatus.Bucket.EXPIRING;
        k[0]++;
        k[1] += certified ? 1 : 0;
        k[2] += b == StaffStatus.Bucket.EXPIRING ? 1 : 0;
        k[3] += b == StaffStatus.Bucket.EXPIRED ? 1 : 0;
        k[4] += b == StaffStatus.Bucket.IN_PROGRESS ? 1 : 0;
        k[5] += focal ? 1 : 0;
        k[6] += focal && !certified ? 1 : 0;
    }

    private static DashboardRow counted(String country, String orgId, String orgName, String kind, long[] k) {
        return new DashboardRow(country, orgId, orgName, kind, (int) k[0], (int) k[1], (int) k[2], (int) k[3], (int) k[4],
                (int) k[5], (int) k[6]);
    }

    /**
     * Where a person falls: by the latest end of validity among their certificates (of the chosen programme,
     * or any), else by whether they have made progress (on that programme, or any). One rule for the
     * counts and the drill-down; {@code progress} may be null.
     */
    static StaffStatus.Bucket bucket(Instant latestEnd, java.util.Collection<?> progress, String programmeId,
            Instant now) {
        if (latestEnd != null) {
            if (!latestEnd.isAfter(now)) {
                return StaffStatus.Bucket.EXPIRED;
            }
            return latestEnd.isAfter(now.plus(EXPIRING)) ? StaffStatus.Bucket.CERTIFIED : StaffStatus.Bucket.EXPIRING;
        }
        boolean progressing = progress != null && (programmeId == null ? !progress.isEmpty()
                : progress.contains(programmeId));
        return progressing ? StaffStatus.Bucket.IN_PROGRESS : StaffStatus.Bucket.NONE;
    }

    /**
     * The latest end of validity among the certificates of one programme (or all, {@code programmeId} null)
     * in a read-model map whose values are instants (mapped documents) or dates (raw documents).
     */
    static Instant latestEnd(Map<String, ?> validUntil, String programmeId) {
        Instant best = null;
        if (validUntil != null) {
            for (Map.Entry<String, ?> e : validUntil.entrySet()) {
                if (programmeId != null && !programmeId.equals(e.getKey())) {
                    continue;
                }
                Instant end = e.getValue() instanceof java.util.Date date ? date.toInstant()
                        : e.getValue() instanceof Instant instant ? instant : null;
                best = end != null && (best == null || end.isAfter(best)) ? end : best;
            }
        }
        return best;
    }

    private String programmeTitle(String programmeId) {
        if (programmeId == null) {
            return null;
        }
        return catalog.programme(programmeId).map(Programme::title).orElseThrow(() ->
                new IllegalArgumentException("Unknown programme"));
    }

    private Network require(String networkId, String action) {
        if (!networks.mayView(networkId)) {
            audit.record(currentUser.requireId(), "access-denied", "network:" + networkId, Map.of("action", action));
            throw new AccessDeniedException("Not a coordinator of this network");
        }
        return networks.network(networkId);
    }
}
