package org.palermoacademy.exercises.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Plays of branching cases. */
@Component
public class BranchingStore {

    private final MongoTemplate mongo;

    BranchingStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void record(String learnerId, String scenarioId, int score, int max, Instant at) {
        Play p = new Play();
        p.learnerId = learnerId;
        p.scenarioId = scenarioId;
        p.score = score;
        p.max = max;
        p.at = at;
        mongo.insert(p);
    }

    public Map<String, Integer> best(String learnerId) {
        Map<String, Integer> best = new HashMap<>();
        mongo.find(Query.query(Criteria.where("learnerId").is(learnerId)), Play.class)
                .forEach(p -> best.merge(p.scenarioId, p.score, Math::max));
        return best;
    }

    /** Best score per learner on one case. */
    public Map<String, Integer> best(java.util.Collection<String> learnerIds, String scenarioId) {
        Map<String, Integer> best = new HashMap<>();
        mongo.find(Query.query(Criteria.where("learnerId").in(learnerIds).and("scenarioId").is(scenarioId)), Play.class)
                .forEach(p -> best.merge(p.learnerId, p.score, Math::max));
        return best;
    }

    @Document("branching_plays")
    @CompoundIndex(name = "learner_scenario", def = "{'learnerId': 1, 'scenarioId': 1}")
    static class Play {
        @Id
        String id;
        String learnerId;
        String scenarioId;
        int score;
        int max;
        Instant at;
    }
}
