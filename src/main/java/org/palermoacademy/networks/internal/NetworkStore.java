package org.palermoacademy.networks.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.palermoacademy.networks.Network;
import org.palermoacademy.networks.Organisation;
import org.palermoacademy.networks.OrganisationKind;
import org.palermoacademy.networks.StaffMember;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Networks, member organisations and staff memberships. */
@Component
public class NetworkStore {

    private final MongoTemplate mongo;

    NetworkStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    // --- networks ----------------------------------------------------------------------------------

    public List<Network> networks() {
        return mongo.find(new Query().with(Sort.by("name")), NetworkDoc.class).stream().map(NetworkStore::view).toList();
    }

    public Optional<Network> network(String id) {
        return Optional.ofNullable(id == null ? null : mongo.findById(id, NetworkDoc.class)).map(NetworkStore::view);
    }

    public long countNetworks() {
        return mongo.count(new Query(), NetworkDoc.class);
    }

    public void saveNetwork(String id, String name, List<String> countries) {
        mongo.upsert(Query.query(Criteria.where("_id").is(id)), new Update().set("name", name).set("countries", countries)
                .setOnInsert("focalPoints", List.of()), NetworkDoc.class);
    }

    public void setFocalPoints(String networkId, List<Network.FocalPoint> points) {
        List<FocalPointDoc> docs = new ArrayList<>();
        for (Network.FocalPoint p : points) {
            FocalPointDoc d = new FocalPointDoc();
            d.country = p.country();
            d.userId = p.userId();
            d.name = p.name();
            docs.add(d);
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(networkId)), new Update().set("focalPoints", docs),
                NetworkDoc.class);
    }

    private static Network view(NetworkDoc d) {
        List<Network.FocalPoint> points = d.focalPoints == null ? List.of() : d.focalPoints.stream()
                .map(f -> new Network.FocalPoint(f.country, f.userId, f.name)).toList();
        return new Network(d.id, d.name, d.countries == null ? List.of() : List.copyOf(d.countries), points);
    }

    // --- organisations -----------------------------------------------------------------------------

    public static String organisationId(String networkId, String country, String name) {
        return networkId + "|" + country + "|" + name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The organisation, created with a guessed kind the first time it is named. */
    public Organisation organisation(String networkId, String country, String name) {
        String id = organisationId(networkId, country, name);
        mongo.upsert(Query.query(Criteria.where("_id").is(id)), new Update().setOnInsert("networkId", networkId)
                .setOnInsert("country", country).setOnInsert("name", name.strip())
                .setOnInsert("kind", OrganisationKind.guess(name).name()), OrganisationDoc.class);
        return view(mongo.findById(id, OrganisationDoc.class));
    }

    public Optional<Organisation> organisation(String id) {
        return Optional.ofNullable(mongo.findById(id, OrganisationDoc.class)).map(NetworkStore::view);
    }

    public List<Organisation> organisations(String networkId) {
        return mongo.find(Query.query(Criteria.where("networkId").is(networkId)).with(Sort.by("country", "name")),
                OrganisationDoc.class).stream().map(NetworkStore::view).toList();
    }

    public void setKind(String organisationId, OrganisationKind kind) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(organisationId)), new Update().set("kind", kind.name()),
                OrganisationDoc.class);
        mongo.updateMulti(Query.query(Criteria.where("organisationId").is(organisationId)),
                new Update().set("kind", kind.name()), StaffDoc.class);
    }

    private static Organisation view(OrganisationDoc d) {
        return new Organisation(d.id, d.networkId, d.country, d.name, OrganisationKind.valueOf(d.kind));
    }

    // --- staff -------------------------------------------------------------------------------------

    /** Adds or updates a membership; returns true when it is new. */
    public boolean upsertStaff(String userId, String name, String email, Organisation org, String source, Instant now) {
        String id = org.networkId() + ":" + userId;
        boolean existed = mongo.exists(Query.query(Criteria.where("_id").is(id)), StaffDoc.class);
        mongo.upsert(Query.query(Criteria.where("_id").is(id)), new Update().set("userId", userId).set("name", name)
                .set("email", email).set("networkId", org.networkId()).set("country", org.country())
                .set("organisationId", org.id()).set("organisationName", org.name()).set("kind", org.kind().name())
                .set("source", source).setOnInsert("since", now), StaffDoc.class);
        return !existed;
    }

    public boolean removeStaff(String networkId, String userId) {
        return mongo.remove(Query.query(Criteria.where("_id").is(networkId + ":" + userId)), StaffDoc.class)
                .getDeletedCount() > 0;
    }

    public Optional<StaffMember> staffMember(String networkId, String userId) {
        return Optional.ofNullable(mongo.findById(networkId + ":" + userId, StaffDoc.class)).map(NetworkStore::view);
    }

    public List<StaffMember> staff(String networkId, String country, String organisationId) {
        Criteria c = Criteria.where("networkId").is(networkId);
        if (country != null && !country.isBlank()) {
            c = c.and("country").is(country);
        }
        if (organisationId != null && !organisationId.isBlank()) {
            c = c.and("organisationId").is(organisationId);
        }
        return mongo.find(Query.query(c).with(Sort.by("country", "organisationName", "name")), StaffDoc.class).stream()
                .map(NetworkStore::view).toList();
    }

    public long countStaff(String networkId) {
        return mongo.count(Query.query(Criteria.where("networkId").is(networkId)), StaffDoc.class);
    }

    /** The networks a person is staff of. */
    public List<String> networksOf(String userId) {
        return mongo.find(Query.query(Criteria.where("userId").is(userId)), StaffDoc.class).stream()
                .map(s -> s.networkId).distinct().toList();
    }

    /** Whether every one of these people is staff of the network. */
    public boolean allStaffOf(String networkId, Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return true;
        }
        long found = mongo.count(Query.query(Criteria.where("networkId").is(networkId).and("userId").in(userIds)),
                StaffDoc.class);
        return found == userIds.stream().distinct().count();
    }

    private static StaffMember view(StaffDoc d) {
        return new StaffMember(d.userId, d.name, d.email, d.networkId, d.country, d.organisationId, d.organisationName,
                d.kind == null ? OrganisationKind.OTHER : OrganisationKind.valueOf(d.kind), d.source, d.since);
    }

    // --- documents ---------------------------------------------------------------------------------

    @Document("networks")
    static class NetworkDoc {
        @Id
        String id;
        String name;
        List<String> countries;
        List<FocalPointDoc> focalPoints;
    }

    static class FocalPointDoc {
        String country;
        String userId;
        String name;
    }

    @Document("network_organisations")
    static class OrganisationDoc {
        @Id
        String id;
        @Indexed
        String networkId;
        String country;
        String name;
        String kind;
    }

    @Document("network_staff")
    @CompoundIndex(name = "network_country", def = "{'networkId': 1, 'country': 1}")
    static class StaffDoc {
        @Id
        String id;
        @Indexed
        String userId;
        String networkId;
        String country;
        @Indexed
        String organisationId;
        String organisationName;
        String kind;
        String name;
        String email;
        String source;
        Instant since;
    }
}
