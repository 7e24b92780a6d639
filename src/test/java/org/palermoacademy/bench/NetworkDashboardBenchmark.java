package org.palermoacademy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Programme;
import org.palermoacademy.certification.internal.CertificateStore;
import org.palermoacademy.certification.internal.CredentialSigner;
import org.palermoacademy.identity.Role;
import org.palermoacademy.networks.internal.NetworkStore;
import org.palermoacademy.reporting.Dashboard;
import org.palermoacademy.reporting.DashboardExport;
import org.palermoacademy.reporting.ReportingService;
import org.palermoacademy.support.AsUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.test.context.ActiveProfiles;

/**
 * The network dashboard at scale: a generated network of 100,000 staff (the dashboard's read model) in a
 * store that also holds 2,000,000 progress records, the dashboard and its CSV export against the bare
 * aggregation (count per country) on the same collection; then the public verification endpoint's
 * requests per second on loopback against a static response (the JWK Set). Not part of the suite; run:
 * {@code ./mvnw test -Dtest=NetworkDashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"palermo.certification.verify-per-minute=100000000", "spring.mail.host="})
@ActiveProfiles("test")
class NetworkDashboardBenchmark {

    static final int STAFF = 100_000;
    static final int PROGRESS = 2_000_000;
    static final String NETWORK = "BENCHNET";

    @Autowired
    MongoTemplate mongo;
    @Autowired
    NetworkStore networks;
    @Autowired
    ReportingService reporting;
    @Autowired
    CertificateStore certificates;
    @Autowired
    CredentialSigner signer;
    @Autowired
    Catalog catalog;

    @Test
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void dashboardOfAHundredThousandStaff() throws Exception {
        String admin = "bench-admin-" + UUID.randomUUID();
        List<String> countries = List.of("BJ", "BF", "CV", "CI", "GM", "GH", "GN", "GW", "LR", "ML", "MR", "NE", "NG", "SN",
                "SL", "TG");
        networks.saveNetwork(NETWORK, "Benchmark network", countries);
        List<Programme> programmes = AsUser.call(admin, () -> catalog.programmes(), Role.ADMIN);
        Random random = new Random(42);
        Instant now = Instant.now();
        long t0 = System.nanoTime();
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < STAFF; i++) {
            String country = countries.get(random.nextInt(countries.size()));
            int org = random.nextInt(12);
            Map<String, Object> valid = new HashMap<>();
            for (Programme p : programmes) {
                int roll = random.nextInt(10);
                if (roll < 3) {
                    valid.put(p.id(), java.util.Date.from(now.plus(Duration.ofDays(random.nextInt(1200) - 100))));
                }
            }
            Document d = new Document("_id", NETWORK + ":u" + i).append("networkId", NETWORK).append("userId", "u" + i)
                    .append("name", "Staff " + i).append("email", "u" + i + "@example.org").append("country", country)
                    .append("organisationId", NETWORK + "|" + country + "|org " + org)
                    .append("organisationName", "Organisation " + org + " of " + country)
                    .append("kind", org % 3 == 0 ? "CENTRAL_AUTHORITY" : org % 3 == 1 ? "PROSECUTION" : "POLICE")
                    .append("focal", i % 500 == 0).append("validUntil", valid)
                    .append("progress", random.nextInt(3) == 0 ? List.of(programmes.getFirst().id()) : List.of());
            batch.add(d);
            if (batch.size() == 5_000) {
                mongo.getCollection("report_staff").insertMany(batch);
                batch.clear();
            }
        }
        double staffSeconds = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        for (int i = 0; i < PROGRESS; i++) {
            batch.add(new Document("_id", "bench-enrol-" + i).append("learnerId", "u" + (i % STAFF))
                    .append("courseId", "course-" + (i / STAFF)).append("enrolledAt", java.util.Date.from(now))
                    .append("completedAt", i % 3 == 0 ? java.util.Date.from(now) : null).append("secondsSpent", 600L)
                    .append("version", 0L));
            if (batch.size() == 10_000) {
                mongo.getCollection("enrolments").insertMany(batch);
                batch.clear();
            }
        }
        double progressSeconds = (System.nanoTime() - t0) / 1e9;

        Stats dashboard = new Stats();
        Stats oneProgramme = new Stats();
        Stats csv = new Stats();
        Stats bare = new Stats();
        int[] staffCounted = new int[1];
        int[] csvBytes = new int[1];
        AsUser.run(admin, () -> {
            for (int i = 0; i < 13; i++) {
                long t = System.nanoTime();
                Dashboard d = reporting.dashboard(NETWORK, null);
                double all = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                reporting.dashboard(NETWORK, programmes.getFirst().id());
                double one = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                byte[] file = DashboardExport.csv(reporting.dashboardForExport(NETWORK, null, "csv"), k -> k);
                double csvMs = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                var counts = mongo.aggregate(Aggregation.newAggregation(
                        Aggregation.match(org.springframework.data.mongodb.core.query.Criteria.where("networkId").is(NETWORK)),
                        Aggregation.group("country").count().as("staff")), "report_staff", Document.class);
                int sum = counts.getMappedResults().stream().mapToInt(x -> x.getInteger("staff")).sum();
                double bareMs = (System.nanoTime() - t) / 1e6;
                staffCounted[0] = d.total().staff();
                csvBytes[0] = file.length;
                if (sum != STAFF || d.total().staff() != STAFF) {
                    throw new AssertionError("counted " + d.total().staff() + " / " + sum + " staff");
                }
                if (i >= 3) {
                    dashboard.add(all);
                    oneProgramme.add(one);
                    csv.add(csvMs);
                    bare.add(bareMs);
                }
            }
        }, Role.ADMIN);

        // verification endpoint on loopback: one real certificate, 8 concurrent clients for 10 s each phase
        CertificateStore.CertificateDoc c = new CertificateStore.CertificateDoc();
        c.id = UUID.randomUUID().toString();
        c.achievementKey = "bench|" + c.id;
        c.code = "PA-BNCH-" + c.id.substring(0, 4).toUpperCase().replaceAll("[^2-9A-HJKMNP-TV-Z]", "2") + "-2345";
        c.holderId = "u1";
        c.holderName = "Staff 1";
        c.holderSubject = "urn:uuid:" + UUID.randomUUID();
        c.programmeId = programmes.getFirst().id();
        c.programmeTitle = programmes.getFirst().title();
        c.issuedAt = now;
        c.validFrom = now;
        c.validUntil = now.plus(Duration.ofDays(1000));
        c.evidence = List.of();
        signer.sign(c, programmes.getFirst());
        certificates.insert(c);
        double verifyRps = rps("/api/verify/" + c.code, "\"valid\"");
        double unknownRps = rps("/api/verify/PA-2222-3333-4444", "not_found");
        double staticRps = rps("/.well-known/jwks.json", "keys");
        Stats knownLatency = latency("/api/verify/" + c.code);
        Stats unknownLatency = latency("/api/verify/PA-2222-3333-4444");

        System.out.println("Network dashboard benchmark, " + LocalDate.now() + ", " + Stats.machine());
        System.out.printf("setup: %,d staff in the read model (%.0f s), %,d progress records (%.0f s); %d countries, %d "
                + "organisations each, %d programmes%n", staffCounted[0], staffSeconds, PROGRESS, progressSeconds,
                countries.size(), 12, programmes.size());
        System.out.println(Stats.header());
        System.out.println(bare.row("bare aggregation: count staff per country ($match + $group)"));
        System.out.println(dashboard.row("ReportingService.dashboard, all programmes"));
        System.out.println(oneProgramme.row("ReportingService.dashboard, one programme"));
        System.out.println(csv.row("dashboard + CSV export (" + csvBytes[0] / 1024 + " KiB)"));
        System.out.printf("verification GET /api/verify/<code> (known): %.0f requests/s%n", verifyRps);
        System.out.printf("verification GET /api/verify/<code> (unknown): %.0f requests/s%n", unknownRps);
        System.out.printf("static baseline GET /.well-known/jwks.json: %.0f requests/s%n", staticRps);
        System.out.println(knownLatency.row("one client, GET /api/verify/<known code>"));
        System.out.println(unknownLatency.row("one client, GET /api/verify/<unknown code>"));
    }

    /** Response times of 300 sequential requests from one client (after 50 unmeasured). */
    private static Stats latency(String path) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:8089" + path)).GET().build();
        Stats stats = new Stats();
        for (int i = 0; i < 350; i++) {
            long t = System.nanoTime();
            http.send(request, HttpResponse.BodyHandlers.ofString());
            if (i >= 50) {
                stats.add((System.nanoTime() - t) / 1e6);
            }
        }
        return stats;
    }

    /** Requests per second from 8 concurrent loopback clients over 10 s (after 3 s of warm-up). */
    private static double rps(String path, String expect) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create("http://localhost:8089" + path);
        HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
        for (long end = System.nanoTime() + 3_000_000_000L; System.nanoTime() < end;) {
            http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        AtomicLong done = new AtomicLong();
        AtomicLong wrong = new AtomicLong();
        long end = System.nanoTime() + 10_000_000_000L;
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        try {
                            String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
                            if (!body.contains(expect)) {
                                wrong.incrementAndGet();
                            }
                            done.incrementAndGet();
                        } catch (Exception e) {
                            wrong.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        if (wrong.get() > 0) {
            throw new AssertionError(wrong.get() + " unexpected answers from " + path);
        }
        return done.get() / 10.0;
    }
}
