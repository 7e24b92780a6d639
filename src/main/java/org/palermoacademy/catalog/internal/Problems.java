package org.palermoacademy.catalog.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.palermoacademy.catalog.ContentProblem;

/** Collects content problems; a mark lets a loader tell whether one course added any. */
final class Problems {

    private final List<ContentProblem> list = new ArrayList<>();

    void add(String file, int line, String message) {
        list.add(new ContentProblem(file, line, message, false));
    }

    void warn(String file, int line, String message) {
        list.add(new ContentProblem(file, line, message, true));
    }

    int mark() {
        return list.size();
    }

    /** Whether an error (not a warning) was added since the mark. */
    boolean errorsSince(int mark) {
        return list.subList(mark, list.size()).stream().anyMatch(p -> !p.warning());
    }

    List<ContentProblem> all() {
        List<ContentProblem> sorted = new ArrayList<>(list);
        Collections.sort(sorted);
        return List.copyOf(sorted);
    }
}
