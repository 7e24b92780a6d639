package org.palermoacademy.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.palermoacademy.identity.SignInClaims;
import org.palermoacademy.identity.UserProfile;
import org.palermoacademy.shared.Language;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Persistence of profiles. The sign-in upsert is one atomic findAndModify, so two sign-ins of the same
 * person at once cannot create two profiles or lose the language they chose.
 */
@Component
public class UserProfileStore {

    private final MongoTemplate mongo;
    private final Clock clock;

    UserProfileStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public UserProfile upsertAtSignIn(SignInClaims claims) {
        Instant now = clock.instant();
        Update update = new Update()
                .set("username", claims.username())
                .set("displayName", claims.displayName())
                .set("givenName", claims.givenName())
                .set("familyName", claims.familyName())
                .set("email", claims.email())
                .set("country", claims.country())
                .set("organization", claims.organization())
                .set("network", claims.network())
                .set("roles", claims.roles())
                .set("lastSignInAt", now)
                .setOnInsert("firstSignInAt", now)
                .setOnInsert("language", Language.fromTag(claims.localeClaim()).orElse(Language.EN).tag())
                .inc("version", 1);
        FindAndModifyOptions options = FindAndModifyOptions.options().upsert(true).returnNew(true);
        UserProfileDocument saved;
        try {
            saved = mongo.findAndModify(byId(claims.subject()), update, options, UserProfileDocument.class);
        } catch (DuplicateKeyException raced) {
            // two first sign-ins at once: the other one inserted; this one now updates
            saved = mongo.findAndModify(byId(claims.subject()), update, options, UserProfileDocument.class);
        }
        return toProfile(saved);
    }

    public Optional<UserProfile> find(String id) {
        return Optional.ofNullable(mongo.findById(id, UserProfileDocument.class)).map(UserProfileStore::toProfile);
    }

    public Optional<UserProfile> findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("email").regex(
                "^" + java.util.regex.Pattern.quote(email.trim()) + "$", "i")), UserProfileDocument.class))
                .map(UserProfileStore::toProfile);
    }

    /** People whose name, user name or e-mail contains the text (case-insensitive), at most {@code limit}. */
    public java.util.List<UserProfile> search(String text, int limit) {
        String q = java.util.regex.Pattern.quote(text == null ? "" : text.trim());
        Query query = new Query(new Criteria().orOperator(Criteria.where("displayName").regex(q, "i"),
                Criteria.where("username").regex(q, "i"), Criteria.where("email").regex(q, "i"))).limit(limit);
        return mongo.find(query, UserProfileDocument.class).stream().map(UserProfileStore::toProfile).toList();
    }

    public java.util.List<UserProfile> findAll(java.util.Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), UserProfileDocument.class).stream()
                .map(UserProfileStore::toProfile).toList();
    }

    public void setLanguage(String id, Language language) {
        mongo.updateFirst(byId(id), new Update().set("language", language.tag()).inc("version", 1),
                UserProfileDocument.class);
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    static UserProfile toProfile(UserProfileDocument d) {
        return new UserProfile(d.id, d.username, d.displayName, d.email, d.country, d.organization, d.network,
                d.roles == null ? java.util.Set.of() : java.util.Set.copyOf(d.roles),
                Language.fromTag(d.language).orElse(Language.EN), d.firstSignInAt, d.lastSignInAt);
    }
}
