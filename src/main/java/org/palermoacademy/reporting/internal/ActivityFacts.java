package org.palermoacademy.reporting.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The implementation report's read model: one document per training event (an enrolment, a course
 * completed, a piece of work graded, a certificate issued) with where the learner was when it happened
 * (country and network from their profile) and what it covered (articles cited, audiences addressed).
 * The id makes recording idempotent.
 */
@Document("report_activity")
@CompoundIndex(name = "at_network", def = "{'at': 1, 'network': 1}")
public class ActivityFacts {
    @Id
    public String id;
    public String type;
    public Instant at;
    public String learnerId;
    public String country;
    public String network;
    public String itemId;
    public String itemTitle;
    public List<Integer> articles;
    public List<String> audiences;
}
