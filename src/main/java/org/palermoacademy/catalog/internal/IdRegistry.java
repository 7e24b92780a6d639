package org.palermoacademy.catalog.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Course, module, lesson and quiz ids are unique across the whole tree (a lesson can be linked from
 * anywhere); the first claim wins and later ones are reported as duplicates.
 */
final class IdRegistry {

    private record Claim(String kind, String file, int line) {
    }

    private final Map<String, Claim> claims = new HashMap<>();
    private final Problems problems;

    IdRegistry(Problems problems) {
        this.problems = problems;
    }

    void claim(String kind, String id, String file, int line) {
        if (id == null) {
            return;
        }
        Claim previous = claims.putIfAbsent(id, new Claim(kind, file, line));
        if (previous != null) {
            problems.add(file, line, "duplicate id '" + id + "': already used by the " + previous.kind() + " in "
                    + previous.file() + (previous.line() > 0 ? ":" + previous.line() : ""));
        }
    }

    /** Whether a course folder claimed this id (even if the course was later skipped for errors). */
    boolean isCourse(String id) {
        Claim c = claims.get(id);
        return c != null && c.kind().equals("course");
    }

    boolean isLesson(String id) {
        Claim c = claims.get(id);
        return c != null && c.kind().equals("lesson");
    }
}
