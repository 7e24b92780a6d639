package org.palermoacademy.certification.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.palermoacademy.certification.Certificate;
import org.springframework.dao.DuplicateKeyException;
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

/** Issued certificates with their signed credentials. One achievement, one certificate (unique key). */
@Component
public class CertificateStore {

    private final MongoTemplate mongo;

    CertificateStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Inserts a certificate; empty when one for the same achievement exists already. */
    public Optional<Certificate> insert(CertificateDoc doc) {
        try {
            mongo.insert(doc);
            return Optional.of(view(doc));
        } catch (DuplicateKeyException already) {
            return Optional.empty();
        }
    }

    public Optional<CertificateDoc> doc(String id) {
        return Optional.ofNullable(id == null ? null : mongo.findById(id, CertificateDoc.class));
    }

    public Optional<CertificateDoc> byCode(String code) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("code").is(code)), CertificateDoc.class));
    }

    public Optional<CertificateDoc> byCredentialId(String credentialId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("credentialId").is(credentialId)),
                CertificateDoc.class));
    }

    public List<Certificate> ofHolder(String holderId) {
        return mongo.find(Query.query(Criteria.where("holderId").is(holderId)).with(Sort.by(Sort.Direction.DESC,
                "issuedAt")), CertificateDoc.class).stream().map(CertificateStore::view).toList();
    }

    public List<Certificate> ofHolders(Collection<String> holderIds) {
        return mongo.find(Query.query(Criteria.where("holderId").in(holderIds)), CertificateDoc.class).stream()
                .map(CertificateStore::view).toList();
    }

    /** Certificates for the admin list: newest first, optionally matching a code or holder name. */
    public List<Certificate> search(String text, int limit) {
        Query q = new Query().with(Sort.by(Sort.Direction.DESC, "issuedAt")).limit(limit);
        if (text != null && !text.isBlank()) {
            String t = java.util.regex.Pattern.quote(text.strip());
            q.addCriteria(new Criteria().orOperator(Criteria.where("code").regex(t, "i"),
                    Criteria.where("holderName").regex(t, "i"), Criteria.where("programmeTitle").regex(t, "i")));
        }
        return mongo.find(q, CertificateDoc.class).stream().map(CertificateStore::view).toList();
    }

    /** Valid, unrevoked certificates expiring between the two instants (expiry reminders). */
    public List<Certificate> expiringBetween(Instant from, Instant to) {
        return mongo.find(Query.query(Criteria.where("revokedAt").is(null).and("validUntil").gt(from).lte(to)),
                CertificateDoc.class).stream().map(CertificateStore::view).toList();
    }

    public List<Certificate> revoked() {
        return mongo.find(Query.query(Criteria.where("revokedAt").ne(null)), CertificateDoc.class).stream()
                .map(CertificateStore::view).toList();
    }

    /** Marks revoked; false when it already was. */
    public boolean revoke(String id, Instant at, String by, String reason) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("revokedAt").is(null)),
                new Update().set("revokedAt", at).set("revokedBy", by).set("revokedReason", reason),
                CertificateDoc.class).getModifiedCount() > 0;
    }

    public long count() {
        return mongo.count(new Query(), CertificateDoc.class);
    }

    public static Certificate view(CertificateDoc d) {
        return new Certificate(d.id, d.code, d.holderId, d.holderName, d.programmeId, d.programmeTitle, d.issuedAt,
                d.validFrom, d.validUntil, d.renews, d.evidence == null ? List.of() : List.copyOf(d.evidence),
                d.revokedAt, d.revokedReason, d.credentialId);
    }

    @Document("certificates")
    @CompoundIndex(name = "holder_programme", def = "{'holderId': 1, 'programmeId': 1}")
    public static class CertificateDoc {
        @Id
        public String id;
        /** holder|programme|first, or holder|programme|renews:<id>: one certificate per achievement. */
        @Indexed(unique = true)
        public String achievementKey;
        @Indexed(unique = true)
        public String code;
        @Indexed(unique = true)
        public String credentialId;
        public String holderId;
        public String holderName;
        public String holderSubject;
        public String programmeId;
        public String programmeTitle;
        public String programmeVersion;
        public Instant issuedAt;
        public Instant validFrom;
        public Instant validUntil;
        public String renews;
        public List<String> evidence;
        public String kid;
        public String jwt;
        public Instant revokedAt;
        public String revokedBy;
        public String revokedReason;
    }
}
