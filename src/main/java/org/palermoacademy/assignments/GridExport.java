package org.palermoacademy.assignments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The cohort progress grid as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read accents)
 * and XLSX. Every text cell that a spreadsheet could take for a formula ({@code = + - @}, tab, carriage
 * return at the start) is prefixed with an apostrophe; XLSX cells are written as text or numbers, never
 * formulas.
 */
public final class GridExport {

    private GridExport() {
    }

    /** The grid to export: the cohort's name, the assignments (columns) and the learners (rows). */
    public record Table(String cohortName, List<Assignment> columns, List<GridRow> rows) {
    }

    /** Header and rows as text: learner, e-mail, then status and score for each assignment. */
    static List<List<String>> lines(Table table, Function<String, String> translate) {
        List<List<String>> lines = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(translate.apply("grid.export.learner"),
                translate.apply("grid.export.email")));
        for (Assignment a : table.columns()) {
            header.add(a.title() + " (" + a.dueDate() + ")");
            header.add(translate.apply("grid.export.score"));
        }
        lines.add(header);
        for (GridRow r : table.rows()) {
            List<String> line = new ArrayList<>(List.of(r.name(), r.email()));
            for (Assignment a : table.columns()) {
                var cell = r.cell(a.id());
                line.add(cell == null ? "" : translate.apply(cell.status().key()));
                line.add(cell == null || cell.score() == null ? "" : String.valueOf(cell.score()));
            }
            lines.add(line);
        }
        return lines;
    }

    public static byte[] csv(Table table, Function<String, String> translate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            writer.write('\uFEFF');
            for (List<String> line : lines(table, translate)) {
                printer.printRecord(line.stream().map(GridExport::defuse).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(Table table, Function<String, String> translate) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(sheetName(table.cohortName()));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            int r = 0;
            for (List<String> line : lines(table, translate)) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < line.size(); c++) {
                    Cell cell = row.createCell(c);
                    String value = line.get(c);
                    boolean scoreColumn = r > 0 && c >= 2 && (c - 2) % 2 == 1;
                    if (scoreColumn && value.matches("\\d{1,3}")) {
                        cell.setCellValue(Integer.parseInt(value));
                    } else {
                        cell.setCellValue(defuse(value));
                    }
                    if (r == 0) {
                        cell.setCellStyle(bold);
                    }
                }
                r++;
            }
            sheet.createFreezePane(2, 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text a spreadsheet would otherwise evaluate gets a leading apostrophe. */
    static String defuse(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '|' || first == '%' ? "'" + value : value;
    }

    private static String sheetName(String name) {
        String clean = name == null ? "Cohort" : name.replaceAll("[\\\\/*?:\\[\\]']", " ").strip();
        if (clean.isEmpty()) {
            clean = "Cohort";
        }
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
