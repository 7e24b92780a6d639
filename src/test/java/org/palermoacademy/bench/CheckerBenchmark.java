package org.palermoacademy.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import org.palermoacademy.catalog.ContentSnapshot;
import org.palermoacademy.catalog.Scenario;
import org.palermoacademy.exercises.checker.Draft;
import org.palermoacademy.exercises.checker.DraftChecker;
import org.palermoacademy.exercises.checker.DraftText;

/**
 * Time of one full check of a 5,000-word draft (free-form, and sectioned), every rule applied.
 * Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.palermoacademy.bench.CheckerBenchmark}
 */
public final class CheckerBenchmark {

    public static void main(String[] args) {
        ContentSnapshot content = ContentSnapshot.load(Path.of("content"));
        DraftChecker checker = new DraftChecker(content.countries());
        System.out.println("Checker benchmark, " + LocalDate.now() + ", " + Stats.machine());
        System.out.println(Stats.header());
        for (String id : new String[] {"mla-aldoria-bank-records", "ext-aldoria-prosecution", "conf-berenia-own-order"}) {
            Scenario s = content.scenarios().get(id);
            Draft single = Draft.ofText(s.modelAnswer());
            for (int i = 0; i < 200; i++) {
                checker.check(s, single);
            }
            Stats one = new Stats();
            for (int i = 0; i < 300; i++) {
                long t = System.nanoTime();
                checker.check(s, single);
                one.add((System.nanoTime() - t) / 1e6);
            }
            System.out.println(one.row("full check, " + DraftText.wordCount(s.modelAnswer()) + "-word model answer, " + id));
            StringBuilder text = new StringBuilder();
            while (DraftText.wordCount(text.toString()) < 5000) {
                text.append(s.modelAnswer()).append("\n\n");
            }
            Draft draft = Draft.ofText(text.toString());
            for (int i = 0; i < 200; i++) {
                checker.check(s, draft); // warm-up
            }
            Stats stats = new Stats();
            for (int i = 0; i < 300; i++) {
                long t = System.nanoTime();
                checker.check(s, draft);
                stats.add((System.nanoTime() - t) / 1e6);
            }
            System.out.println(stats.row("full check, " + DraftText.wordCount(text.toString()) + "-word draft, " + id));
            if (args.length > 0 && args[0].equals("--per-rule")) {
                var ctx = new org.palermoacademy.exercises.checker.CheckContext(s, content.countries().get(s.requestingState()),
                        content.countries().get(s.requestedState()), DraftText.of(draft, DraftText.defaultTitles()),
                        java.util.List.copyOf(content.countries().values()));
                long t0 = System.nanoTime();
                for (int i = 0; i < 20; i++) {
                    DraftText.of(draft, DraftText.defaultTitles());
                }
                System.out.printf("  %-20s %.2f ms%n", "DraftText.of", (System.nanoTime() - t0) / 20e6);
                double sum = 0;
                for (var rule : DraftChecker.RULES) {
                    if (!rule.applies().test(ctx)) {
                        continue;
                    }
                    long t = System.nanoTime();
                    for (int i = 0; i < 20; i++) {
                        rule.check().apply(ctx);
                    }
                    System.out.printf("  %-20s %.2f ms%n", rule.id(), (System.nanoTime() - t) / 20e6);
                    sum += (System.nanoTime() - t) / 20e6;
                }
                System.out.printf("  %-20s %.2f ms%n", "SUM(rules)", sum);
            }
        }
    }
}
