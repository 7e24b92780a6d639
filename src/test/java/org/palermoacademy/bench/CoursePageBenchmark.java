package org.palermoacademy.bench;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Course;
import org.palermoacademy.identity.Role;
import org.palermoacademy.learning.ProgressService;
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
 * Course page with progress for a learner enrolled in 50 courses (generated tree, 1,000 lessons):
 * the service calls behind the page, and the page in a real browser until its progress bar shows.
 * Not part of the suite; run: {@code ./mvnw test -Dtest=CoursePageBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * after generating the tree with ContentBenchmark.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = "palermo.content.dir=target/bench-content")
@ActiveProfiles("test")
class CoursePageBenchmark {

    @Autowired
    ProgressService progress;
    @Autowired
    Catalog catalog;
    @Autowired
    MongoTemplate mongo;

    @Test
    void coursePageWithFiftyEnrolments() {
        BrowserContext context = Browser.newContext();
        Page page = Browser.signIn(context, DemoUsers.LEARNER, "/learning");
        page.waitForSelector("#my-learning");
        String subject = mongo.findOne(Query.query(Criteria.where("username").is(DemoUsers.LEARNER)), Document.class,
                "users").getString("_id");
        AsUser.run(subject, () -> {
            for (Course c : catalog.courses()) {
                progress.enrol(c.id());
                c.lessonIds().subList(0, 10).forEach(l -> progress.completeLesson(c.id(), l));
                progress.openLesson(c.id(), c.lessonIds().get(10));
            }
        }, Role.LEARNER);
        Stats service = new Stats();
        Stats learning = new Stats();
        AsUser.run(subject, () -> {
            for (int i = 0; i < 40; i++) {
                long t = System.nanoTime();
                progress.myProgress("gen-course-25");
                service.add((System.nanoTime() - t) / 1e6);
                t = System.nanoTime();
                progress.myLearning();
                learning.add((System.nanoTime() - t) / 1e6);
            }
        }, Role.LEARNER);
        Stats browser = new Stats();
        for (int i = 0; i < 25; i++) {
            long t = System.nanoTime();
            page.navigate(Browser.APP + "/courses/gen-course-25");
            page.waitForSelector("#course-progress");
            if (i >= 5) {
                browser.add((System.nanoTime() - t) / 1e6);
            }
        }
        context.close();
        System.out.println("Course page benchmark, " + LocalDate.now() + ", " + Stats.machine());
        System.out.println(Stats.header());
        System.out.println(service.row("ProgressService.myProgress (course of 20 lessons, learner with 50 enrolments)"));
        System.out.println(learning.row("ProgressService.myLearning (50 enrolments)"));
        System.out.println(browser.row("course page in Chromium until the progress bar shows (dev mode)"));
    }
}
