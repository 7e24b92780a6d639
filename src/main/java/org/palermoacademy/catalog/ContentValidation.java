package org.palermoacademy.catalog;

import java.nio.file.Path;
import org.palermoacademy.catalog.internal.ContentLoader;
import org.palermoacademy.catalog.internal.LoadedContent;

/**
 * The content validator as a command: {@code java -jar palermo-academy.jar --validate-content [dir]}.
 * Prints one line per problem ({@code file:line: problem}) and a summary; exit code 1 on errors.
 */
public final class ContentValidation {

    private ContentValidation() {
    }

    public static int run(Path root, java.io.PrintStream out) {
        LoadedContent loaded = ContentLoader.load(root);
        loaded.problems().forEach(p -> out.println(p));
        long warnings = loaded.problems().stream().filter(ContentProblem::warning).count();
        out.printf("%s: %d courses, %d lessons, %d cases, %d matrices, %d scenarios, %d country profiles, "
                + "%d programmes loaded; %d errors, %d warnings; %d ms%n", root, loaded.courses().size(),
                loaded.lessons().size(), loaded.cases().size(), loaded.matrices().size(), loaded.scenarios().size(),
                loaded.countries().size(), loaded.programmes().size(), loaded.errorCount(), warnings, loaded.loadMillis());
        var skipped = new java.util.ArrayList<>(loaded.skippedCourses());
        skipped.addAll(loaded.skippedProgrammes());
        if (!skipped.isEmpty()) {
            out.println("Skipped because of errors: " + String.join(", ", skipped));
        }
        return loaded.hasErrors() ? 1 : 0;
    }
}
