package org.palermoacademy;

import java.nio.file.Path;
import org.palermoacademy.catalog.ContentValidation;
import org.palermoacademy.exercises.checker.CheckCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("--validate-content")) {
            Path root = Path.of(args.length > 1 ? args[1] : "content");
            System.exit(ContentValidation.run(root, System.out));
        }
        if (args.length > 0 && args[0].equals("--check-draft")) {
            System.exit(CheckCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }
}
