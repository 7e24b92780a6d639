package org.palermoacademy.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The dashboard's CSV, XLSX and PDF: figures survive, names never become formulas, long lists paginate. */
class DashboardExportTest {

    static final Function<String, String> KEYS = key -> key;
    static final String HOSTILE = "=HYPERLINK(\"http://evil.example\",\"click\")";

    static DashboardRow country(String code, int staff, int certified, int expiring, int expired, int inProgress,
            int focal, int focalWithout) {
        return new DashboardRow(code, null, null, null, staff, certified, expiring, expired, inProgress, focal,
                focalWithout);
    }

    static Dashboard sample() {
        DashboardRow sn = country("SN", 40, 12, 3, 5, 8, 2, 1);
        DashboardRow ci = country("CI", 25, 20, 0, 1, 2, 1, 0);
        List<DashboardRow> orgs = List.of(
                new DashboardRow("SN", "org-1", "Ministère de la Justice", "central-authority", 30, 10, 3, 4, 6, 1, 1),
                new DashboardRow("SN", "org-2", HOSTILE, "prosecution", 10, 2, 0, 1, 2, 1, 0),
                new DashboardRow("CI", "org-3", "Parquet général, \"Abidjan\"", "prosecution", 25, 20, 0, 1, 2, 1, 0));
        return new Dashboard("wacap", "WACAP – West African Network", Instant.parse("2025-03-14T09:30:00Z"), null,
                null, List.of(sn, ci), orgs, sn.plus(ci));
    }

    static Dashboard manyCountries(int n) {
        List<DashboardRow> rows = new ArrayList<>();
        List<DashboardRow> orgs = new ArrayList<>();
        DashboardRow total = DashboardRow.empty(null, null, null, null);
        for (int i = 0; i < n; i++) {
            String code = "C" + i;
            DashboardRow r = country(code, 10 + i, i % 9, i % 3, i % 4, i % 5, 1, i % 2);
            rows.add(r);
            orgs.add(new DashboardRow(code, "o" + i, "Organisation " + i, "central-authority", r.staff(),
                    r.certified(), r.expiringSoon(), r.expired(), r.inProgress(), 1, i % 2));
            total = total.plus(r);
        }
        return new Dashboard("big", "Big Network", Instant.parse("2025-03-14T09:30:00Z"), "p1", "Programme one",
                rows, orgs, total);
    }

    @Test
    void rowsAddUpUnderTheirOwnLabels() {
        DashboardRow sum = DashboardRow.empty("SN", null, null, null).plus(country("CI", 1, 2, 3, 4, 5, 6, 7))
                .plus(country("GH", 10, 20, 30, 40, 50, 60, 70));
        assertThat(sum).isEqualTo(new DashboardRow("SN", null, null, null, 11, 22, 33, 44, 55, 66, 77));
    }

    @Test
    void csvParsesBackWithEveryFigureAndNoFormula() throws Exception {
        byte[] bytes = DashboardExport.csv(sample(), KEYS);
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records).hasSize(1 + 2 + 3 + 1);
        assertThat(records.get(0).toList()).containsExactly("dash.col.level", "dash.col.country",
                "dash.col.organisation", "dash.col.kind", "dash.col.staff", "dash.col.certified", "dash.col.expiring",
                "dash.col.expired", "dash.col.inProgress", "dash.col.focalPoints", "dash.col.focalWithout");
        assertThat(records.get(1).toList()).containsExactly("dash.level.country", "SN", "", "", "40", "12", "3", "5",
                "8", "2", "1");
        assertThat(records.get(2).toList()).containsExactly("dash.level.country", "CI", "", "", "25", "20", "0", "1",
                "2", "1", "0");
        assertThat(records.get(3).toList()).containsExactly("dash.level.organisation", "SN", "Ministère de la Justice",
                "central-authority", "30", "10", "3", "4", "6", "1", "1");
        assertThat(records.get(4).get(2)).isEqualTo("'" + HOSTILE);
        assertThat(records.get(5).get(2)).isEqualTo("Parquet général, \"Abidjan\"");
        assertThat(records.get(6).toList()).containsExactly("dash.level.total", "", "", "", "65", "32", "3", "6",
                "10", "3", "1");
        assertThat(csv).doesNotContain(",=").doesNotContain("\n=");
    }

    @Test
    void xlsxHasTwoSheetsOfNumbersAndNoFormula() throws Exception {
        byte[] bytes = DashboardExport.xlsx(sample(), KEYS);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            Sheet countries = book.getSheetAt(0);
            Sheet organisations = book.getSheetAt(1);
            assertThat(countries.getSheetName()).isEqualTo("dash.sheet.countries");
            assertThat(organisations.getSheetName()).isEqualTo("dash.sheet.organisations");

            assertThat(countries.getLastRowNum()).isEqualTo(3);
            assertThat(countries.getRow(0).getCell(0).getStringCellValue()).isEqualTo("dash.col.country");
            assertThat(countries.getRow(0).getCell(0).getCellStyle().getFillPattern())
                    .isEqualTo(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            Row sn = countries.getRow(1);
            assertThat(sn.getCell(0).getStringCellValue()).isEqualTo("SN");
            assertThat(sn.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sn.getCell(1).getNumericCellValue()).isEqualTo(40);
            assertThat(sn.getCell(2).getNumericCellValue()).isEqualTo(12);
            assertThat(sn.getCell(7).getNumericCellValue()).isEqualTo(1);
            Row total = countries.getRow(3);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("dash.level.total");
            assertThat(total.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(65);

            assertThat(organisations.getLastRowNum()).isEqualTo(4);
            assertThat(organisations.getRow(0).getCell(1).getStringCellValue()).isEqualTo("dash.col.organisation");
            assertThat(organisations.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Ministère de la Justice");
            assertThat(organisations.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(30);
            boolean sawHostile = false;
            for (Sheet sheet : List.of(countries, organisations)) {
                assertThat(sheet.getColumnWidth(0)).isGreaterThan(0);
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING
                                && cell.getStringCellValue().contains("HYPERLINK")) {
                            assertThat(cell.getStringCellValue()).isEqualTo("'" + HOSTILE);
                            sawHostile = true;
                        }
                    }
                }
            }
            assertThat(sawHostile).isTrue();
            // the organisation column was widened for the longest name
            assertThat(organisations.getColumnWidth(1)).isGreaterThanOrEqualTo(HOSTILE.length() * 256);
        }
    }

    @Test
    void pdfOpensAndNamesTheNetworkAndCountries() throws Exception {
        byte[] bytes = DashboardExport.pdf(sample(), KEYS);
        PdfReader reader = new PdfReader(bytes);
        try {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("WACAP").contains("West African Network").contains("SN").contains("CI")
                    .contains("dash.export.allProgrammes").contains("2025-03-14 09:30 UTC")
                    .contains("Ministère de la Justice").contains("dash.chart.certified");
        } finally {
            reader.close();
        }
    }

    @Test
    void pdfOfEightyCountriesRunsOverSeveralPages() throws Exception {
        byte[] bytes = DashboardExport.pdf(manyCountries(80), KEYS);
        PdfReader reader = new PdfReader(bytes);
        try {
            assertThat(reader.getNumberOfPages()).isGreaterThan(1);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            assertThat(extractor.getTextFromPage(1)).contains("Big Network").contains("Programme one").contains("C0");
            String last = extractor.getTextFromPage(reader.getNumberOfPages());
            assertThat(last).contains("Organisation 79").contains("dash.col.organisation");
            // the header row is repeated on a page the table continues on
            String second = extractor.getTextFromPage(2);
            assertThat(second).contains("dash.col.country");
        } finally {
            reader.close();
        }
    }

    @Test
    void emptyDashboardStillExports() throws Exception {
        Dashboard empty = new Dashboard("n", "Empty Network", null, null, null, List.of(), List.of(), null);
        PdfReader reader = new PdfReader(DashboardExport.pdf(empty, KEYS));
        try {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Empty Network")
                    .contains("dash.export.noData");
        } finally {
            reader.close();
        }
        String csv = new String(DashboardExport.csv(empty, KEYS), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv).contains("dash.level.total,,,,0,0,0,0,0,0,0");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(DashboardExport.xlsx(empty, KEYS)))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(book.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue()).isZero();
        }
    }
}
