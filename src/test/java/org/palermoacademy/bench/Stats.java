package org.palermoacademy.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Median and spread of repeated measurements, printed as one Markdown table row. */
public final class Stats {

    private final List<Double> samples = new ArrayList<>();

    public void add(double millis) {
        samples.add(millis);
    }

    public double median() {
        List<Double> s = sorted();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    public double percentile(double p) {
        List<Double> s = sorted();
        return s.get(Math.min(s.size() - 1, (int) Math.ceil(p / 100 * s.size()) - 1));
    }

    private List<Double> sorted() {
        List<Double> s = new ArrayList<>(samples);
        Collections.sort(s);
        return s;
    }

    public String row(String what) {
        List<Double> s = sorted();
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |", what, s.size(), median(),
                s.getFirst(), percentile(90), s.getLast());
    }

    public static String header() {
        return "| Measurement | runs | median ms | min ms | p90 ms | max ms |\n|---|---|---|---|---|---|";
    }

    public static String machine() {
        Runtime rt = Runtime.getRuntime();
        return String.format(Locale.ROOT, "%s %s, %d cores, JVM %s, max heap %d MiB", System.getProperty("os.name"),
                System.getProperty("os.arch"), rt.availableProcessors(), System.getProperty("java.version"),
                rt.maxMemory() / (1024 * 1024));
    }
}
