package org.palermoacademy.assignments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.palermoacademy.assignments.Fixtures.Person;
import org.palermoacademy.identity.Role;
import org.palermoacademy.identity.internal.UserProfileStore;
import org.palermoacademy.support.AsUser;
import org.palermoacademy.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The grid's CSV and XLSX exports (formula-injection safe) and the calendar feed over HTTP. */
@IntegrationTest
class ExportsAndCalendarTest {

    @Autowired
    CohortService cohorts;
    @Autowired
    AssignmentService assignments;
    @Autowired
    CalendarService calendar;
    @Autowired
    UserProfileStore profiles;

    @Test
    void exportsCarryEveryLearnerAndItemAndNeverAFormula() throws Exception {
        Fixtures fx = new Fixtures(profiles, cohorts);
        Person trainer = fx.person("Tess", Role.TRAINER);
        Person hostile = fx.person("=HYPERLINK(\"http://evil.example\")", Role.LEARNER);
        Person plain = fx.person("Paula", Role.LEARNER);
        Cohort cohort = fx.cohort(trainer, "@Exports, \"quoted\"");
        for (Person p : List.of(hostile, plain)) {
            AsUser.call(trainer.id(), () -> cohorts.addMember(cohort.id(), p.id()), Role.TRAINER);
        }
        AsUser.call(trainer.id(), () -> assignments.assign(cohort.id(), ItemKind.COURSE, "mla-art18", "",
                null, LocalDate.now().plusDays(5), true, List.of()), Role.TRAINER);
        AsUser.call(trainer.id(), () -> assignments.assign(cohort.id(), ItemKind.DRAFTING, "mla-aldoria-bank-records", "",
                null, LocalDate.now().plusDays(9), true, List.of(plain.id())), Role.TRAINER);
        GridExport.Table table = AsUser.call(trainer.id(), () -> assignments.gridTable(cohort.id()), Role.TRAINER);
        assertThat(table.rows()).hasSize(2);
        assertThat(table.columns()).hasSize(2);

        String csv = new String(GridExport.csv(table, key -> key), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("\uFEFF");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\") Tester\"")
                .doesNotContain(",=HYPERLINK").doesNotContain("\n=");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Paula Tester,").contains("status.not_started"));

        byte[] xlsx = GridExport.xlsx(table, key -> key);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            boolean sawHostile = false;
            for (var row : sheet) {
                for (var cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains("HYPERLINK")) {
                        assertThat(cell.getStringCellValue()).startsWith("'=");
                        sawHostile = true;
                    }
                }
            }
            assertThat(sawHostile).isTrue();
        }
    }

    @Test
    void theCalendarFeedListsMyDueDatesAtASecretAddressThatCanBeRevoked() throws Exception {
        Fixtures fx = new Fixtures(profiles, cohorts);
        Person trainer = fx.person("Theo", Role.TRAINER);
        Person learner = fx.person("Lin", Role.LEARNER);
        Person outsider = fx.person("Omar", Role.LEARNER);
        Cohort cohort = fx.cohort(trainer, "Calendar");
        AsUser.call(trainer.id(), () -> cohorts.addMember(cohort.id(), learner.id()), Role.TRAINER);
        Assignment a = AsUser.call(trainer.id(), () -> assignments.assign(cohort.id(), ItemKind.DRAFTING,
                "mla-aldoria-bank-records", "Bring the bank records request.", null, LocalDate.now().plusDays(6), true,
                List.of()), Role.TRAINER);

        String url = AsUser.call(learner.id(), () -> calendar.resetMyFeed(), Role.LEARNER);
        assertThat(url).startsWith("http://localhost:8089/calendar/").endsWith(".ics");
        HttpResponse<String> feed = get(url);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(feed.body()).contains("BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:" + a.id() + "@palermoacademy",
                "SUMMARY:" + a.title().substring(0, 20));
        String outsiders = AsUser.call(outsider.id(), () -> calendar.resetMyFeed(), Role.LEARNER);
        assertThat(get(outsiders).body()).contains("BEGIN:VCALENDAR").doesNotContain("BEGIN:VEVENT");

        String replaced = AsUser.call(learner.id(), () -> calendar.resetMyFeed(), Role.LEARNER);
        assertThat(get(url).statusCode()).as("the old address stops working").isEqualTo(404);
        assertThat(get(replaced).statusCode()).isEqualTo(200);
        AsUser.run(learner.id(), () -> calendar.revokeMyFeed(), Role.LEARNER);
        assertThat(get(replaced).statusCode()).isEqualTo(404);
        assertThat(get("http://localhost:8089/calendar/guess.ics").statusCode()).isEqualTo(404);
        assertThat(AsUser.call(learner.id(), () -> calendar.myFeedUrl(), Role.LEARNER)).isEmpty();
    }

    private static HttpResponse<String> get(String url) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
