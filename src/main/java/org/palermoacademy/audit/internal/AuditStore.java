package org.palermoacademy.audit.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.palermoacademy.audit.AuditEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Append-only storage of audit events. */
@Component
public class AuditStore {

    private final MongoTemplate mongo;

    AuditStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void save(AuditEvent event) {
        var doc = new AuditEventDocument();
        doc.at = event.at();
        doc.actor = event.actor();
        doc.action = event.action();
        doc.target = event.target();
        doc.details = event.details();
        mongo.insert(doc);
    }

    public List<AuditEvent> latest(Pageable page) {
        return find(new Query(), page);
    }

    public List<AuditEvent> forActor(String actor, Pageable page) {
        return find(Query.query(Criteria.where("actor").is(actor)), page);
    }

    private List<AuditEvent> find(Query query, Pageable page) {
        query.with(Sort.by(Sort.Direction.DESC, "at")).with(page);
        return mongo.find(query, AuditEventDocument.class).stream()
                .map(d -> new AuditEvent(d.at, d.actor, d.action, d.target, d.details == null ? Map.of() : d.details))
                .toList();
    }

    @Document("audit_events")
    @CompoundIndex(name = "actor_at", def = "{'actor': 1, 'at': -1}")
    static class AuditEventDocument {
        @Id
        String id;
        @Indexed
        Instant at;
        String actor;
        String action;
        String target;
        Map<String, String> details;
    }
}
