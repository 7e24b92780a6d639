package org.palermoacademy.notifications.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.palermoacademy.notifications.Notification;
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

/** Notifications and per-person notification settings. */
@Component
public class NotificationStore {

    private final MongoTemplate mongo;

    NotificationStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Adds a notification; false if one with the same idempotency key exists. */
    public boolean add(String userId, String kind, List<String> args, String link, String key, Instant now) {
        NotificationDoc n = new NotificationDoc();
        n.id = key == null ? UUID.randomUUID().toString() : key;
        n.userId = userId;
        n.kind = kind;
        n.args = args;
        n.link = link;
        n.createdAt = now;
        try {
            mongo.insert(n);
            return true;
        } catch (DuplicateKeyException already) {
            return false;
        }
    }

    public List<Notification> latest(String userId, int limit) {
        return mongo.find(Query.query(Criteria.where("userId").is(userId)).with(Sort.by(Sort.Direction.DESC, "createdAt"))
                .limit(limit), NotificationDoc.class).stream()
                .map(n -> new Notification(n.id, n.kind, n.args == null ? List.of() : n.args, n.link, n.createdAt, n.read))
                .toList();
    }

    public long unread(String userId) {
        return mongo.count(Query.query(Criteria.where("userId").is(userId).and("read").is(false)), NotificationDoc.class);
    }

    public void markAllRead(String userId) {
        mongo.updateMulti(Query.query(Criteria.where("userId").is(userId).and("read").is(false)),
                new Update().set("read", true), NotificationDoc.class);
    }

    public boolean remindersOff(String userId) {
        Settings s = mongo.findById(userId, Settings.class);
        return s != null && s.remindersOff;
    }

    public void setRemindersOff(String userId, boolean off) {
        mongo.upsert(Query.query(Criteria.where("_id").is(userId)), new Update().set("remindersOff", off), Settings.class);
    }

    @Document("notifications")
    @CompoundIndex(name = "user_created", def = "{'userId': 1, 'createdAt': -1}")
    static class NotificationDoc {
        @Id
        String id;
        @Indexed
        String userId;
        String kind;
        List<String> args;
        String link;
        Instant createdAt;
        boolean read;
    }

    @Document("notification_settings")
    static class Settings {
        @Id
        String id;
        boolean remindersOff;
    }
}
