package org.palermoacademy.bench;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.palermoacademy.assignments.AssignmentService;
import org.palermoacademy.assignments.Cohort;
import org.palermoacademy.assignments.CohortService;
import org.palermoacademy.assignments.GridExport;
import org.palermoacademy.assignments.GridRow;
import org.palermoacademy.assignments.ItemKind;
import org.palermoacademy.assignments.ReviewService;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Course;
import org.palermoacademy.catalog.Scenario;
import org.palermoacademy.exercises.DraftService;
import org.palermoacademy.exercises.DraftView;
import org.palermoacademy.exercises.SubmissionView;
import org.palermoacademy.identity.Role;
import org.palermoacademy.identity.SignInClaims;
import org.palermoacademy.identity.internal.UserProfileStore;
import org.palermoacademy.learning.ProgressService;
import org.palermoacademy.shared.Language;
import org.palermoacademy.support.AsUser;
import org.palermoacademy.support.Browser;
import org.palermoacademy.support.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;

/**
 * The cohort progress grid for 500 learners x 20 assigned items (7 courses, 13 drafting exercises) with
 * generated work: the service calls behind the grid (first page of 50, every page), the CSV and XLSX
 * exports, and the page in a real browser (first rows painted, then scrolled to the last learner page by page).
 * Not part of the suite; run:
 * {@code ./mvnw test -Dtest=CohortGridBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = "spring.mail.host=") // mail goes to the outbox collection: no SMTP server in this run
@ActiveProfiles("test")
class CohortGridBenchmark {

    static final int LEARNERS = 500;

    @Autowired
    CohortService cohorts;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ReviewService reviews;
    @Autowired
    DraftService drafts;
    @Autowired
    ProgressService progress;
    @Autowired
    Catalog catalog;
    @Autowired
    UserProfileStore profiles;
    @Autowired
    MongoTemplate mongo;

    @Test
    @org.junit.jupiter.api.Timeout(value = 40, unit = java.util.concurrent.TimeUnit.MINUTES)
    void gridOfFiveHundredLearnersByTwentyItems() throws Exception {
        BrowserContext context = Browser.newContext();
        Page page = Browser.signIn(context, DemoUsers.TRAINER, "/cohorts");
        page.waitForSelector("#my-cohorts");
        String trainer = mongo.findOne(Query.query(Criteria.where("username").is(DemoUsers.TRAINER)), Document.class,
                "users").getString("_id");

        long setup = System.nanoTime();
        String run = Long.toString(System.nanoTime(), 36);
        List<String> learners = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            String id = "bench-" + run + "-" + i;
            profiles.upsertAtSignIn(new SignInClaims(id, id, "Learner" + String.format("%03d", i), "Bench",
                    id + "@example.org", "SN", "Ministry of Justice", "WACAP", Set.of(Role.LEARNER), "en"));
            learners.add(id);
        }
        Cohort cohort = AsUser.call(trainer, () -> cohorts.create("Benchmark cohort " + run, "500 learners",
                Language.EN, LocalDate.now().minusDays(30), LocalDate.now().plusMonths(3), "UTC"), Role.TRAINER);
        AsUser.run(trainer, () -> learners.forEach(l -> cohorts.addMember(cohort.id(), l)), Role.TRAINER);

        List<Course> courses = AsUser.call(trainer, () -> catalog.courses().stream().limit(7).toList(), Role.TRAINER);
        List<Scenario> scenarios = AsUser.call(trainer, () -> catalog.scenarios().stream()
                .filter(s -> !s.branchingCase()).limit(13).toList(), Role.TRAINER);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        AsUser.run(trainer, () -> {
            courses.forEach(c -> assignments.assign(cohort.id(), ItemKind.COURSE, c.id(), "Study it.",
                    today.minusDays(20), today.plusDays(10), true, List.of()));
            scenarios.forEach(s -> assignments.assign(cohort.id(), ItemKind.DRAFTING, s.id(), "Draft it.",
                    today.minusDays(20), today.plusDays(10), true, List.of()));
        }, Role.TRAINER);

        // generated work: most learners have started most courses; half the exercises are drafted, a
        // quarter submitted, a tenth graded
        AtomicInteger submitted = new AtomicInteger();
        List<String> toGrade = java.util.Collections.synchronizedList(new ArrayList<>());
        IntStream.range(0, LEARNERS).parallel().forEach(i -> {
            Random random = new Random(i);
            String learner = learners.get(i);
            AsUser.run(learner, () -> {
                for (Course c : courses) {
                    if (random.nextInt(10) < 7) {
                        progress.enrol(c.id());
                        int done = random.nextInt(c.lessonIds().size() + 1);
                        c.lessonIds().subList(0, done).forEach(l -> progress.completeLesson(c.id(), l));
                    }
                }
                for (Scenario s : scenarios) {
                    int roll = random.nextInt(10);
                    if (roll < 5) {
                        DraftView d = drafts.openDraft(s.id());
                        DraftView saved = drafts.save(d.id(), Map.of(), "Request for assistance drafted by " + learner
                                + " for the case " + s.title() + ".", true, d.revision());
                        if (roll < 3) {
                            SubmissionView sub = drafts.submit(saved.id(), DraftService.submitKey(saved.id(),
                                    saved.revision()));
                            submitted.incrementAndGet();
                            if (roll < 1) {
                                toGrade.add(sub.id() + " " + s.id());
                            }
                        }
                    }
                }
            }, Role.LEARNER);
        });
        AsUser.run(trainer, () -> {
            for (String line : toGrade) {
                String[] parts = line.split(" ");
                Scenario s = scenarios.stream().filter(x -> x.id().equals(parts[1])).findFirst().orElseThrow();
                Map<String, String> levels = new java.util.HashMap<>();
                s.rubric().forEach(c -> levels.put(c.id(), "competent"));
                reviews.decide(parts[0], "graded", levels, "Generated grade.", Map.of(), 0);
            }
        }, Role.TRAINER);
        waitForBackgroundReminders();
        double setupSeconds = (System.nanoTime() - setup) / 1e9;

        Stats firstPage = new Stats();
        Stats allPages = new Stats();
        Stats csv = new Stats();
        Stats xlsx = new Stats();
        int[] csvBytes = new int[1];
        int[] xlsxBytes = new int[1];
        AsUser.run(trainer, () -> {
            for (int i = 0; i < 25; i++) {
                long t = System.nanoTime();
                List<GridRow> rows = assignments.gridLearners(cohort.id());
                assignments.gridRows(cohort.id(), rows.subList(0, 50));
                double first = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                rows = assignments.gridLearners(cohort.id());
                int cells = 0;
                for (int from = 0; from < rows.size(); from += 50) {
                    for (GridRow r : assignments.gridRows(cohort.id(), rows.subList(from, Math.min(from + 50,
                            rows.size())))) {
                        cells += r.cells().size();
                    }
                }
                double all = (System.nanoTime() - t) / 1e6;
                if (cells != LEARNERS * 20) {
                    throw new AssertionError("expected a cell for every learner and item, got " + cells);
                }
                t = System.nanoTime();
                byte[] c = GridExport.csv(assignments.gridTable(cohort.id()), key -> key);
                double csvMs = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                byte[] x = GridExport.xlsx(assignments.gridTable(cohort.id()), key -> key);
                double xlsxMs = (System.nanoTime() - t) / 1e6;
                csvBytes[0] = c.length;
                xlsxBytes[0] = x.length;
                if (i >= 5) {
                    firstPage.add(first);
                    allPages.add(all);
                    csv.add(csvMs);
                    xlsx.add(xlsxMs);
                }
            }
        }, Role.TRAINER);

        Stats paint = new Stats();
        Stats scroll = new Stats();
        String lastName = "Learner" + String.format("%03d", LEARNERS - 1);
        for (int i = 0; i < 8; i++) {
            long t = System.nanoTime();
            page.navigate(Browser.APP + "/cohorts/" + cohort.id());
            page.waitForSelector("#cohort-grid vaadin-grid-cell-content:has-text('Learner000') ");
            page.waitForSelector("#cohort-grid [data-status]");
            double painted = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            for (int row = 49; row < LEARNERS; row += 50) {
                String name = "Learner" + String.format("%03d", row);
                page.evaluate("i => document.querySelector('#cohort-grid').scrollToIndex(i)", row);
                page.waitForSelector("#cohort-grid vaadin-grid-cell-content:has-text('" + name + "')");
            }
            page.waitForSelector("#cohort-grid vaadin-grid-cell-content:has-text('" + lastName + "')");
            double scrolled = (System.nanoTime() - t) / 1e6;
            if (i >= 2) {
                paint.add(painted);
                scroll.add(scrolled);
            }
        }
        context.close();

        System.out.println("Cohort grid benchmark, " + LocalDate.now() + ", " + Stats.machine());
        System.out.printf("setup: %d learners, %d items, %d submissions, %d graded, %.0f s%n", LEARNERS,
                courses.size() + scenarios.size(), submitted.get(), toGrade.size(), setupSeconds);
        System.out.println(Stats.header());
        System.out.println(firstPage.row("server: learners + first page of 50 rows x 20 items"));
        System.out.println(allPages.row("server: all 10 pages (500 x 20 cells)"));
        System.out.println(csv.row("CSV export, whole grid (" + csvBytes[0] / 1024 + " KiB)"));
        System.out.println(xlsx.row("XLSX export, whole grid (" + xlsxBytes[0] / 1024 + " KiB)"));
        System.out.println(paint.row("Chromium: navigate to the cohort until the first rows show their status (dev mode)"));
        System.out.println(scroll.row("Chromium: scroll page by page to learner 500 (10 pages of 50)"));
    }

    /** Assigning fans out "assignment received" notices on background threads; let them finish first. */
    private void waitForBackgroundReminders() throws InterruptedException {
        long last = -1;
        while (true) {
            long now = mongo.getCollection("notifications").countDocuments();
            if (now == last) {
                return;
            }
            last = now;
            Thread.sleep(3000);
        }
    }
}
