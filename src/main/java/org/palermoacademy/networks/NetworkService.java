package org.palermoacademy.networks;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.palermoacademy.audit.AuditLog;
import org.palermoacademy.identity.CurrentUser;
import org.palermoacademy.identity.Role;
import org.palermoacademy.identity.UserProfile;
import org.palermoacademy.identity.UserProfileService;
import org.palermoacademy.networks.internal.NetworkStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Networks, their member organisations, staff and focal points. A coordinator sees and acts only on the
 * network named in their own sign-in claims; an administrator on all. Every refusal and change is audited.
 */
@Service
public class NetworkService {

    private final NetworkStore store;
    private final CurrentUser currentUser;
    private final UserProfileService profiles;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NetworkService(NetworkStore store, CurrentUser currentUser, UserProfileService profiles, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.profiles = profiles;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The networks the current person may see: their own as coordinator, all as administrator. */
    @PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
    public List<Network> myNetworks() {
        if (currentUser.hasRole(Role.ADMIN)) {
            return store.networks();
        }
        return coordinatorNetwork().flatMap(store::network).map(List::of).orElse(List.of());
    }

    /** Whether the current person may see this network's people and figures (no audit; for filters). */
    @PreAuthorize("isAuthenticated()")
    public boolean mayView(String networkId) {
        if (networkId == null || !currentUser.signedIn()) {
            return false;
        }
        return currentUser.hasRole(Role.ADMIN)
                || (currentUser.hasRole(Role.COORDINATOR) && coordinatorNetwork().filter(networkId::equals).isPresent());
    }

    @PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
    public Network network(String networkId) {
        return require(networkId, "read");
    }

    @PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
    public List<Organisation> organisations(String networkId) {
        require(networkId, "read");
        return store.organisations(networkId);
    }

    /** Staff of a network, optionally of one country and/or organisation. */
    @PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
    public List<StaffMember> staff(String networkId, String country, String organisationId) {
        require(networkId, "read-staff");
        return store.staff(networkId, country, organisationId);
    }

    /** One person's membership of a network, if they are staff of it. */
    @PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
    public Optional<StaffMember> staffMember(String networkId, String userId) {
        require(networkId, "read-staff");
        return store.staffMember(networkId, userId);
    }

    /** Adds a person (who has signed in once) as staff of an organisation of the network. */
    @PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
    public StaffMember addStaff(String networkId, String userId, String country, String organisationName) {
        Network n = require(networkId, "add-staff");
        String c = country(n, country);
        String org = organisationName == null ? "" : organisationName.strip();
        if (org.isEmpty() || org.length() > 200) {
            throw new NetworkProblem(NetworkProblem.Kind.INVALID, "network.error.organisation");
        }
        UserProfile person = profiles.profiles(List.of(userId)).stream().findFirst()
                .orElseThrow(() -> new NetworkProblem(NetworkProblem.Kind.NOT_FOUND, "network.error.person"));
        Organisation o = store.organisation(networkId, c, org);
        store.upsertStaff(person.id(), person.displayName(), person.email(), o, "coordinator", clock.instant());
        audit.record(currentUser.requireId(), "staff-added", "network:" + networkId,
                Map.of("person", person.id(), "organisation", o.id()));
        events.publishEvent(new StaffChanged(networkId, person.id()));
        return store.staffMember(networkId, person.id()).orElseThrow();
    }

    @PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
    public boolean removeStaff(String networkId, String userId) {
        Network n = require(networkId, "remove-staff");
        boolean removed = store.removeStaff(networkId, userId);
        if (removed) {
            List<Network.FocalPoint> points = new ArrayList<>(n.focalPoints());
            if (points.removeIf(p -> p.userId().equals(userId))) {
                store.setFocalPoints(networkId, points);
            }
            audit.record(currentUser.requireId(), "staff-removed", "network:" + networkId, Map.of("person", userId));
            events.publishEvent(new StaffChanged(networkId, userId));
        }
        return removed;
    }

    /** Makes a staff member a focal point of their country (a country may have several). */
    @PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
    public Network addFocalPoint(String networkId, String userId) {
        Network n = require(networkId, "focal-point");
        StaffMember s = store.staffMember(networkId, userId)
                .orElseThrow(() -> new NetworkProblem(NetworkProblem.Kind.INVALID, "network.error.notStaff"));
        List<Network.FocalPoint> points = new ArrayList<>(n.focalPoints());
        if (points.stream().noneMatch(p -> p.userId().equals(userId))) {
            points.add(new Network.FocalPoint(s.country(), userId, s.name()));
            store.setFocalPoints(networkId, points);
            audit.record(currentUser.requireId(), "focal-point-added", "network:" + networkId,
                    Map.of("person", userId, "country", s.country()));
            events.publishEvent(new StaffChanged(networkId, userId));
        }
        return store.network(networkId).orElseThrow();
    }

    @PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
    public Network removeFocalPoint(String networkId, String userId) {
        Network n = require(networkId, "focal-point");
        List<Network.FocalPoint> points = new ArrayList<>(n.focalPoints());
        if (points.removeIf(p -> p.userId().equals(userId))) {
            store.setFocalPoints(networkId, points);
            audit.record(currentUser.requireId(), "focal-point-removed", "network:" + networkId, Map.of("person", userId));
            events.publishEvent(new StaffChanged(networkId, userId));
        }
        return store.network(networkId).orElseThrow();
    }

    @PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
    public void setOrganisationKind(String organisationId, OrganisationKind kind) {
        Organisation o = store.organisation(organisationId)
                .orElseThrow(() -> new NetworkProblem(NetworkProblem.Kind.NOT_FOUND, "network.error.unknownOrganisation"));
        require(o.networkId(), "organisation-kind");
        store.setKind(organisationId, kind);
        audit.record(currentUser.requireId(), "organisation-kind", "organisation:" + organisationId,
                Map.of("before", o.kind().name(), "after", kind.name()));
        events.publishEvent(new StaffChanged(o.networkId(), null));
    }

    /** The networks a person belongs to as staff (used by certification and reporting for scoping). */
    @PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
    public List<String> networksOf(String userId) {
        return store.networksOf(userId);
    }

    /** Whether all these people are staff of the network. */
    @PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
    public boolean allStaffOf(String networkId, java.util.Collection<String> userIds) {
        return store.allStaffOf(networkId, userIds);
    }

    /** The coordinator's network, from their sign-in claims. */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> coordinatorNetwork() {
        if (!currentUser.hasRole(Role.COORDINATOR)) {
            return Optional.empty();
        }
        return profiles.myProfile().map(UserProfile::network).filter(n -> n != null && !n.isBlank());
    }

    private Network require(String networkId, String action) {
        Network n = store.network(networkId)
                .orElseThrow(() -> new NetworkProblem(NetworkProblem.Kind.NOT_FOUND, "network.error.unknown"));
        if (!mayView(networkId)) {
            audit.record(currentUser.requireId(), "access-denied", "network:" + networkId, Map.of("action", action));
            throw new AccessDeniedException("Not a coordinator of this network");
        }
        return n;
    }

    private static String country(Network n, String country) {
        String c = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!n.countries().contains(c)) {
            throw new NetworkProblem(NetworkProblem.Kind.INVALID, "network.error.country", c);
        }
        return c;
    }
}
