package org.palermoacademy.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.palermoacademy.audit.AuditLog;
import org.palermoacademy.identity.CurrentUser;
import org.palermoacademy.identity.Role;
import org.palermoacademy.networks.NetworkService;
import org.palermoacademy.reporting.internal.ActivityFacts;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The implementation report from the {@code report_activity} read model. Administrators report on all
 * networks or one; coordinators only on their own network. Periods are whole UTC days, at most ten years.
 */
@Service
public class ImplementationReports {

    private final MongoTemplate mongo;
    private final NetworkService networks;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ImplementationReports(MongoTemplate mongo, NetworkService networks, CurrentUser currentUser, AuditLog audit,
            Clock clock) {
        this.mongo = mongo;
        this.networks = networks;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The report for [from, to] (both days included), for one network or (administrators) all. */
    @PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
    public ImplementationReport report(LocalDate from, LocalDate to, String networkId) {
        if (from == null || to == null || to.isBefore(from) || from.plusYears(10).isBefore(to)) {
            throw new IllegalArgumentException("report.error.period");
        }
        String me = currentUser.requireId();
        boolean admin = currentUser.hasRole(Role.ADMIN);
        if (networkId == null && !admin || networkId != null && !networks.mayView(networkId)) {
            audit.record(me, "access-denied", "report:" + networkId, Map.of("action", "implementation-report"));
            throw new AccessDeniedException("Not allowed to report on this network");
        }
        Criteria c = Criteria.where("at").gte(from.atStartOfDay(ZoneOffset.UTC).toInstant())
                .lt(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        if (networkId != null) {
            c = c.and("network").is(networkId);
        }
        Map<String, Map<String, ImplementationReport.Line>> sections = new LinkedHashMap<>();
        ImplementationReport.SECTIONS.forEach(s -> sections.put(s, new TreeMap<>()));
        ImplementationReport.Line[] total = {new ImplementationReport.Line("total", "", 0, 0, 0, 0)};
        mongo.stream(Query.query(c), ActivityFacts.class).forEach(f -> {
            String itemSection = switch (f.type) {
                case "graded" -> "exercise";
                case "certificate" -> "programme";
                default -> "course";
            };
            count(sections.get(itemSection), f.itemId, f.itemTitle, f.type);
            if (f.articles != null) {
                f.articles.forEach(a -> count(sections.get("article"), String.format("%02d", a), "art. " + a, f.type));
            }
            if (f.audiences != null) {
                f.audiences.forEach(a -> count(sections.get("audience"), a, a, f.type));
            }
            count(sections.get("country"), f.country == null ? "—" : f.country, f.country == null ? "—" : f.country, f.type);
            count(sections.get("network"), f.network == null ? "—" : f.network, f.network == null ? "—" : f.network, f.type);
            total[0] = total[0].plus(f.type);
        });
        Map<String, List<ImplementationReport.Line>> result = new LinkedHashMap<>();
        sections.forEach((name, lines) -> {
            List<ImplementationReport.Line> list = new ArrayList<>(lines.values());
            if (!name.equals("article")) {
                list.sort(Comparator.comparing(ImplementationReport.Line::label, String.CASE_INSENSITIVE_ORDER));
            }
            result.put(name, List.copyOf(list));
        });
        audit.record(me, "implementation-report", "report:" + (networkId == null ? "all" : networkId),
                Map.of("from", from.toString(), "to", to.toString()));
        return new ImplementationReport(from, to, networkId, clock.instant(), result, total[0]);
    }

    private static void count(Map<String, ImplementationReport.Line> lines, String key, String label, String type) {
        lines.merge(key, new ImplementationReport.Line(key, label, 0, 0, 0, 0).plus(type), (a, b) ->
                new ImplementationReport.Line(a.key(), a.label(), a.enrolments() + b.enrolments(),
                        a.completions() + b.completions(), a.graded() + b.graded(), a.certificates() + b.certificates()));
    }
}
