package org.palermoacademy.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The implementation report as CSV (one table with a section column, UTF-8 with BOM) and XLSX (a sheet
 * per section, figures as numbers). Text cells are defused against formula injection like the dashboard's.
 */
public final class ImplementationReportExport {

    static final List<String> FIGURES = List.of("report.col.enrolments", "report.col.completions", "report.col.graded",
            "report.col.certificates");

    private ImplementationReportExport() {
    }

    public static byte[] csv(ImplementationReport r, Function<String, String> translate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            writer.write('\uFEFF');
            printer.printRecord(header(translate, true));
            for (String section : ImplementationReport.SECTIONS) {
                String name = translate.apply("report.section." + section);
                for (ImplementationReport.Line l : r.sections().getOrDefault(section, List.of())) {
                    printer.printRecord(DashboardExport.defuse(name), DashboardExport.defuse(l.key()),
                            DashboardExport.defuse(l.label()), l.enrolments(), l.completions(), l.graded(),
                            l.certificates());
                }
            }
            ImplementationReport.Line t = r.total();
            printer.printRecord(DashboardExport.defuse(translate.apply("dash.level.total")), "", "", t.enrolments(),
                    t.completions(), t.graded(), t.certificates());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(ImplementationReport r, Function<String, String> translate) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (String section : ImplementationReport.SECTIONS) {
                String title = translate.apply("report.section." + section).replaceAll("[\\\\/*?:\\[\\]']", " ");
                Sheet sheet = book.createSheet(title.length() > 31 ? title.substring(0, 31) : title);
                Row head = sheet.createRow(0);
                List<String> header = header(translate, false);
                for (int i = 0; i < header.size(); i++) {
                    head.createCell(i).setCellValue(header.get(i));
                    head.getCell(i).setCellStyle(bold);
                }
                int n = 1;
                for (ImplementationReport.Line l : r.sections().getOrDefault(section, List.of())) {
                    Row row = sheet.createRow(n++);
                    row.createCell(0).setCellValue(DashboardExport.defuse(l.key()));
                    row.createCell(1).setCellValue(DashboardExport.defuse(l.label()));
                    row.createCell(2).setCellValue(l.enrolments());
                    row.createCell(3).setCellValue(l.completions());
                    row.createCell(4).setCellValue(l.graded());
                    row.createCell(5).setCellValue(l.certificates());
                }
                sheet.setColumnWidth(1, 40 * 256);
                sheet.createFreezePane(0, 1);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> header(Function<String, String> translate, boolean withSection) {
        List<String> h = new java.util.ArrayList<>();
        if (withSection) {
            h.add(translate.apply("report.col.section"));
        }
        h.add(translate.apply("report.col.key"));
        h.add(translate.apply("report.col.label"));
        FIGURES.forEach(k -> h.add(translate.apply(k)));
        return h.stream().map(DashboardExport::defuse).toList();
    }
}
