package org.palermoacademy.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.palermoacademy.catalog.internal.ContentLoader;
import org.palermoacademy.catalog.internal.LoadedContent;

/**
 * Scenarios, country profiles and certification programmes read straight from a content folder,
 * outside the running application (for the checker's command line and its tests).
 */
public record ContentSnapshot(Map<String, Scenario> scenarios, Map<String, CountryProfile> countries,
        Map<String, Programme> programmes, List<ContentProblem> problems) {

    public static ContentSnapshot load(Path contentDir) {
        LoadedContent c = ContentLoader.load(contentDir);
        return new ContentSnapshot(c.scenarios(), c.countries(), c.programmes(), c.problems());
    }

    /** The content's country profiles, plus one scenario folder from anywhere (no programmes). */
    public static ContentSnapshot withScenarioFolder(Path contentDir, Path scenarioFolder) {
        LoadedContent c = ContentLoader.loadScenario(contentDir, scenarioFolder);
        return new ContentSnapshot(c.scenarios(), c.countries(), c.programmes(), c.problems());
    }
}
