package org.palermoacademy.assignments;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.palermoacademy.assignments.internal.AssignmentsStore;
import org.palermoacademy.assignments.internal.Docs.AssignmentDoc;
import org.palermoacademy.assignments.internal.Docs.CohortDoc;
import org.palermoacademy.audit.AuditLog;
import org.palermoacademy.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The personal calendar feed of due dates: an iCalendar document at a secret address. The token in
 * the address is the only credential (calendar programs cannot sign in), so it is long and random,
 * and its owner can replace or revoke it at any time; the feed carries titles and dates only.
 */
@Service
public class CalendarService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final AssignmentsStore store;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final String baseUrl;

    CalendarService(AssignmentsStore store, CurrentUser currentUser, AuditLog audit, Clock clock,
            @Value("${palermo.base-url:http://localhost:8080}") String baseUrl) {
        this.store = store;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The address of the caller's feed, if they have one. */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> myFeedUrl() {
        return store.tokenOf(currentUser.requireId()).map(t -> url(t.id));
    }

    /** Creates (or replaces: the old address stops working) the caller's feed address. */
    @PreAuthorize("isAuthenticated()")
    public String resetMyFeed() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store.replaceToken(currentUser.requireId(), token, clock.instant());
        audit.record(currentUser.requireId(), "calendar-feed-reset", "user:" + currentUser.requireId(), Map.of());
        return url(token);
    }

    @PreAuthorize("isAuthenticated()")
    public void revokeMyFeed() {
        store.replaceToken(currentUser.requireId(), null, clock.instant());
        audit.record(currentUser.requireId(), "calendar-feed-revoked", "user:" + currentUser.requireId(), Map.of());
    }

    private String url(String token) {
        return baseUrl + "/calendar/" + token + ".ics";
    }

    /**
     * The feed for a token, or empty when the token is unknown (revoked, replaced or made up). Open to
     * anyone holding the token, which is the point of a calendar subscription.
     */
    @PreAuthorize("permitAll()")
    public Optional<String> feed(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{40,64}")) {
            return Optional.empty();
        }
        return store.token(token).map(t -> ics(t.userId));
    }

    private String ics(String userId) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Palermo Academy//Due dates//EN");
        calendar.setMethod(Method.publish());
        calendar.setName("Palermo Academy");
        List<CohortDoc> cohorts = store.cohortsWithMember(userId);
        Map<String, String> names = new java.util.HashMap<>();
        cohorts.forEach(c -> names.put(c.id, c.name));
        for (AssignmentDoc a : store.assignmentsOf(names.keySet())) {
            if (!a.learnerIds.isEmpty() && !a.learnerIds.contains(userId)) {
                continue;
            }
            VEvent event = new VEvent();
            event.setUid(a.id + "@palermoacademy");
            event.setSummary(a.title);
            event.setDescription(names.get(a.cohortId) + (a.instructions == null || a.instructions.isBlank() ? ""
                    : "\n\n" + a.instructions));
            event.setDateStart(Date.from(a.dueAt.minus(Duration.ofMinutes(59))), true);
            event.setDateEnd(Date.from(a.dueAt), true);
            event.setUrl(baseUrl + "/" + ItemKind.valueOf(a.kind).route(a.itemId));
            event.setDateTimeStamp(Date.from(a.createdAt == null ? clock.instant() : a.createdAt));
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }
}
