package org.palermoacademy.reporting;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A certification dashboard as CSV, XLSX and a printable A4 PDF. Headers and labels come from
 * translation keys through {@code translate}; names are written as given.
 *
 * <ul>
 * <li><b>CSV</b> (UTF-8 with a byte-order mark, so spreadsheet programs read accents): one table with a
 * "level" column (country, organisation, total) so it can be filtered and pivoted; country rows first, then
 * organisation rows, then the network total. No title lines, so it parses as a plain table.</li>
 * <li><b>XLSX</b>: a countries sheet and an organisations sheet, each with a styled header row (frozen,
 * repeated when printed, with a filter), counts as numbers, a total row as values (no formulas), and the
 * network, date and programme in the print header and the document properties.</li>
 * <li><b>PDF</b>: title, network, date, programme filter and totals, a stacked bar chart per country drawn
 * with OpenPDF (legend and numbers in text as well as colour), then the country and organisation tables,
 * whose header rows repeat on every page.</li>
 * </ul>
 *
 * <p>Every text cell a spreadsheet could take for a formula ({@code = + - @ | %}, tab, carriage return at
 * the start) gets a leading apostrophe, as the assignments grid export does; XLSX cells are text or
 * numbers, never formulas.
 */
public final class DashboardExport {

    /** Translation keys of the seven counts, in column order. */
    static final List<String> COUNT_KEYS = List.of("dash.col.staff", "dash.col.certified", "dash.col.expiring",
            "dash.col.expired", "dash.col.inProgress", "dash.col.focalPoints", "dash.col.focalWithout");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Color ACCENT = new Color(11, 83, 148);
    private static final Color HEADER_FILL = new Color(230, 234, 240);

    private DashboardExport() {
    }

    // ---------------------------------------------------------------- CSV

    public static byte[] csv(Dashboard d, Function<String, String> translate) {
        List<String> header = new ArrayList<>(List.of(translate.apply("dash.col.level"),
                translate.apply("dash.col.country"), translate.apply("dash.col.organisation"),
                translate.apply("dash.col.kind")));
        COUNT_KEYS.forEach(k -> header.add(translate.apply(k)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            writer.write('\uFEFF');
            printer.printRecord(header.stream().map(DashboardExport::defuse).toList());
            String country = translate.apply("dash.level.country");
            for (DashboardRow r : d.byCountry()) {
                printer.printRecord(csvLine(country, r.country(), "", "", r));
            }
            String organisation = translate.apply("dash.level.organisation");
            for (DashboardRow r : d.byOrganisation()) {
                printer.printRecord(csvLine(organisation, r.country(), r.organisationName(), r.kind(), r));
            }
            printer.printRecord(csvLine(translate.apply("dash.level.total"), "", "", "", total(d)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<String> csvLine(String level, String country, String organisation, String kind,
            DashboardRow r) {
        List<String> line = new ArrayList<>(List.of(defuse(level), defuse(country), defuse(organisation),
                defuse(kind)));
        for (int n : counts(r)) {
            line.add(String.valueOf(n));
        }
        return line;
    }

    // ---------------------------------------------------------------- XLSX

    public static byte[] xlsx(Dashboard d, Function<String, String> translate) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var core = book.getProperties().getCoreProperties();
            core.setTitle(clean(translate.apply("dash.export.title") + " — " + networkLabel(d)));
            core.setSubjectProperty(clean(programmeLabel(d, translate)));
            core.setDescription(clean(when(d)));
            core.setCreator("Palermo Academy");

            var bold = book.createFont();
            bold.setBold(true);
            CellStyle head = book.createCellStyle();
            head.setFont(bold);
            head.setWrapText(true);
            head.setVerticalAlignment(VerticalAlignment.TOP);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setBorderBottom(BorderStyle.THIN);
            CellStyle totalStyle = book.createCellStyle();
            totalStyle.setFont(bold);
            totalStyle.setBorderTop(BorderStyle.THIN);
            Styles styles = new Styles(head, totalStyle);

            String countries = sheetName(translate.apply("dash.sheet.countries"), "Countries");
            String organisations = sheetName(translate.apply("dash.sheet.organisations"), "Organisations");
            if (countries.equalsIgnoreCase(organisations)) {
                organisations = sheetName(organisations.substring(0, Math.min(organisations.length(), 29)) + " 2",
                        "Organisations");
            }
            String total = translate.apply("dash.level.total");

            List<String> countryHeader = new ArrayList<>(List.of(translate.apply("dash.col.country")));
            List<List<String>> countryText = new ArrayList<>();
            List<DashboardRow> countryRows = d.byCountry();
            countryRows.forEach(r -> countryText.add(List.of(nz(r.country()))));
            fillSheet(book.createSheet(countries), d, translate, countryHeader, countryText, countryRows,
                    List.of(total), styles);

            List<String> orgHeader = new ArrayList<>(List.of(translate.apply("dash.col.country"),
                    translate.apply("dash.col.organisation"), translate.apply("dash.col.kind")));
            List<List<String>> orgText = new ArrayList<>();
            List<DashboardRow> orgRows = d.byOrganisation();
            orgRows.forEach(r -> orgText.add(List.of(nz(r.country()), nz(r.organisationName()), nz(r.kind()))));
            fillSheet(book.createSheet(organisations), d, translate, orgHeader, orgText, orgRows,
                    List.of(total, "", ""), styles);

            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Styles(CellStyle head, CellStyle total) {
    }

    private static void fillSheet(Sheet sheet, Dashboard d, Function<String, String> translate,
            List<String> textHeader, List<List<String>> text, List<DashboardRow> rows, List<String> totalText,
            Styles styles) {
        int textColumns = textHeader.size();
        List<String> header = new ArrayList<>(textHeader);
        COUNT_KEYS.forEach(k -> header.add(translate.apply(k)));
        int columns = header.size();
        int[] width = new int[columns];

        Row head = sheet.createRow(0);
        for (int c = 0; c < columns; c++) {
            String value = xlsxText(header.get(c));
            Cell cell = head.createCell(c);
            cell.setCellValue(value);
            cell.setCellStyle(styles.head());
            // Headers wrap: they widen a column only up to 14 characters.
            width[c] = Math.min(14, length(value));
        }
        for (int i = 0; i < rows.size(); i++) {
            writeRow(sheet.createRow(i + 1), text.get(i), rows.get(i), null, width);
        }
        writeRow(sheet.createRow(rows.size() + 1), totalText, total(d), styles.total(), width);

        int headerLines = 1;
        for (int c = 0; c < columns; c++) {
            width[c] = Math.min(60, Math.max(width[c], 6)) + 2;
            sheet.setColumnWidth(c, width[c] * 256);
            int len = length(xlsxText(header.get(c)));
            headerLines = Math.max(headerLines, (len + width[c] - 3) / (width[c] - 2));
        }
        head.setHeightInPoints(Math.min(5, headerLines) * sheet.getDefaultRowHeightInPoints());
        sheet.createFreezePane(textColumns, 1);
        if (!rows.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, columns - 1));
        }
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.getPrintSetup().setLandscape(columns > 8);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.getHeader().setLeft(headerFooter(translate.apply("dash.export.title") + " — " + networkLabel(d)));
        sheet.getHeader().setRight(headerFooter(programmeLabel(d, translate) + " · " + when(d)));
    }

    private static void writeRow(Row row, List<String> text, DashboardRow counts, CellStyle style, int[] width) {
        int c = 0;
        for (String t : text) {
            String value = xlsxText(t);
            Cell cell = row.createCell(c);
            cell.setCellValue(value);
            if (style != null) {
                cell.setCellStyle(style);
            }
            width[c] = Math.max(width[c], length(value));
            c++;
        }
        for (int n : counts(counts)) {
            Cell cell = row.createCell(c);
            cell.setCellValue(n);
            if (style != null) {
                cell.setCellStyle(style);
            }
            width[c] = Math.max(width[c], String.valueOf(n).length());
            c++;
        }
    }

    /** Printable text (XML 1.0 forbids most control characters), defused. */
    private static String xlsxText(String value) {
        return defuse(clean(value));
    }

    /** Excel's print header codes start with an ampersand; a literal one is doubled. */
    private static String headerFooter(String text) {
        String s = clean(text).replace("&", "&&");
        return s.length() > 80 ? s.substring(0, 80) : s;
    }

    private static String sheetName(String name, String fallback) {
        String clean = name == null ? "" : clean(name).replaceAll("[\\\\/*?:\\[\\]']", " ").strip();
        if (clean.isEmpty()) {
            clean = fallback;
        }
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }

    private static int length(String s) {
        int longest = 0;
        for (String line : s.split("\n", -1)) {
            longest = Math.max(longest, line.codePointCount(0, line.length()));
        }
        return longest;
    }

    // ---------------------------------------------------------------- PDF

    public static byte[] pdf(Dashboard d, Function<String, String> translate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 36, 36, 42, 48);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        String title = clean(translate.apply("dash.export.title"));
        writer.setPageEvent(new Footer(title + " — " + networkLabel(d), clean(translate.apply("dash.export.page"))));
        doc.addTitle(title + " — " + networkLabel(d));
        doc.addSubject(clean(programmeLabel(d, translate)));
        doc.addCreator("Palermo Academy");
        doc.open();
        Fonts f = new Fonts();

        Paragraph heading = new Paragraph(title, f.title);
        heading.setSpacingAfter(6);
        doc.add(heading);
        doc.add(meta(translate.apply("dash.export.network"), networkLabel(d), f));
        doc.add(meta(translate.apply("dash.export.date"), when(d), f));
        doc.add(meta(translate.apply("dash.export.programme"), programmeLabel(d, translate), f));
        DashboardRow total = total(d);
        List<String> totals = new ArrayList<>();
        int[] counts = counts(total);
        for (int i = 0; i < COUNT_KEYS.size(); i++) {
            totals.add(clean(translate.apply(COUNT_KEYS.get(i))) + " " + counts[i]);
        }
        doc.add(meta(translate.apply("dash.level.total"), String.join(" · ", totals), f));

        section(doc, translate.apply("dash.export.chart"), f);
        if (d.byCountry().isEmpty()) {
            doc.add(new Paragraph(clean(translate.apply("dash.export.noData")), f.normal));
        } else {
            doc.add(legend(translate, f));
            doc.add(chart(d.byCountry(), translate, f));
        }

        section(doc, translate.apply("dash.export.byCountry"), f);
        List<String> countryHeader = new ArrayList<>(List.of(translate.apply("dash.col.country")));
        COUNT_KEYS.forEach(k -> countryHeader.add(translate.apply(k)));
        List<List<String>> countryText = d.byCountry().stream().map(r -> List.of(nz(r.country()))).toList();
        doc.add(table(countryHeader, new float[] {16, 9, 9, 10, 9, 9, 9, 12}, countryText, d.byCountry(),
                List.of(translate.apply("dash.level.total")), total, translate, f));

        section(doc, translate.apply("dash.export.byOrganisation"), f);
        List<String> orgHeader = new ArrayList<>(List.of(translate.apply("dash.col.country"),
                translate.apply("dash.col.organisation"), translate.apply("dash.col.kind")));
        COUNT_KEYS.forEach(k -> orgHeader.add(translate.apply(k)));
        List<List<String>> orgText = d.byOrganisation().stream()
                .map(r -> List.of(nz(r.country()), nz(r.organisationName()), nz(r.kind()))).toList();
        doc.add(table(orgHeader, new float[] {8, 24, 12, 7, 7, 8, 7, 7, 7, 9}, orgText, d.byOrganisation(),
                List.of(translate.apply("dash.level.total"), "", ""), total, translate, f));
        doc.close();
        return out.toByteArray();
    }

    /** The fonts the exercises' PDFs use (Helvetica, WinAnsi). */
    private static final class Fonts {
        final Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16, ACCENT);
        final Font section = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11.5f, ACCENT);
        final Font normal = FontFactory.getFont(FontFactory.HELVETICA, 9.5f);
        final Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9.5f);
        final Font cell = FontFactory.getFont(FontFactory.HELVETICA, 7.5f);
        final Font cellBold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7.5f);
        final BaseFont base = baseFont();

        private static BaseFont baseFont() {
            try {
                return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            } catch (DocumentException | IOException e) {
                throw new IllegalStateException("Helvetica is built into OpenPDF", e);
            }
        }
    }

    private static Paragraph meta(String label, String value, Fonts f) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(clean(label) + ": ", f.bold));
        p.add(new Chunk(clean(value), f.normal));
        return p;
    }

    private static void section(Document doc, String text, Fonts f) {
        Paragraph p = new Paragraph(clean(text), f.section);
        p.setSpacingBefore(12);
        p.setSpacingAfter(5);
        doc.add(p);
    }

    /** One line: a coloured swatch and its text for every part of the bars. */
    private static PdfPTable legend(Function<String, String> translate, Fonts f) {
        ChartSegment[] segments = ChartSegment.values();
        PdfPTable table = new PdfPTable(segments.length * 2);
        table.setWidthPercentage(100);
        float[] widths = new float[segments.length * 2];
        for (int i = 0; i < segments.length; i++) {
            widths[2 * i] = 2.5f;
            widths[2 * i + 1] = 22.5f;
        }
        table.setWidths(widths);
        for (ChartSegment s : segments) {
            PdfPCell swatch = new PdfPCell(new Phrase(" ", f.cell));
            swatch.setBackgroundColor(color(s));
            swatch.setBorderColor(Color.WHITE);
            swatch.setBorderWidth(2);
            table.addCell(swatch);
            PdfPCell text = new PdfPCell(new Phrase(clean(translate.apply(s.labelKey())), f.cell));
            text.setBorder(Rectangle.NO_BORDER);
            text.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(text);
        }
        table.setSpacingAfter(4);
        return table;
    }

    /** The bar chart as a table, so it breaks across pages with its header row repeated. */
    private static PdfPTable chart(List<DashboardRow> rows, Function<String, String> translate, Fonts f) {
        PdfPTable table = new PdfPTable(3);
        table.setWidthPercentage(100);
        table.setWidths(new float[] {20, 66, 14});
        table.setHeaderRows(1);
        table.addCell(headerCell(translate.apply("dash.col.country"), f));
        table.addCell(headerCell("", f));
        table.addCell(headerCell(translate.apply("dash.col.certified") + " / " + translate.apply("dash.col.staff"), f));
        int scale = ChartSegment.scale(rows);
        for (DashboardRow r : rows) {
            PdfPCell label = new PdfPCell(new Phrase(clean(ChartSegment.label(r)), f.cell));
            label.setBorder(Rectangle.NO_BORDER);
            label.setMinimumHeight(13);
            label.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(label);
            PdfPCell bar = new PdfPCell(new Phrase(" ", f.cell));
            bar.setBorder(Rectangle.NO_BORDER);
            bar.setMinimumHeight(13);
            bar.setCellEvent(new Bar(r, scale, f.base));
            table.addCell(bar);
            PdfPCell figures = new PdfPCell(new Phrase(r.certified() + " / " + r.staff(), f.cell));
            figures.setBorder(Rectangle.NO_BORDER);
            figures.setHorizontalAlignment(Element.ALIGN_RIGHT);
            figures.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(figures);
        }
        return table;
    }

    /** Draws one stacked bar in its cell: a grey track as long as the staff, then the four parts. */
    private record Bar(DashboardRow row, int scale, BaseFont font) implements PdfPCellEvent {

        private static final float FONT_SIZE = 6.5f;

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            float left = position.getLeft() + 2;
            float width = position.getWidth() - 4;
            float height = Math.min(9, position.getHeight() - 4);
            float bottom = position.getBottom() + (position.getHeight() - height) / 2;
            PdfContentByte background = canvases[PdfPTable.BACKGROUNDCANVAS];
            background.saveState();
            background.setRGBColorFill(232, 232, 232);
            background.rectangle(left, bottom, width * row.staff() / scale, height);
            background.fill();
            float x = left;
            for (ChartSegment s : ChartSegment.values()) {
                int value = s.value(row);
                if (value == 0) {
                    continue;
                }
                float w = width * value / scale;
                background.setRGBColorFill(s.red(), s.green(), s.blue());
                background.rectangle(x, bottom, w, height);
                background.fill();
                String number = String.valueOf(value);
                if (font.getWidthPoint(number, FONT_SIZE) + 2 <= w) {
                    PdfContentByte text = canvases[PdfPTable.TEXTCANVAS];
                    text.saveState();
                    text.beginText();
                    text.setFontAndSize(font, FONT_SIZE);
                    text.setColorFill(s.darkText() ? Color.BLACK : Color.WHITE);
                    text.showTextAligned(Element.ALIGN_CENTER, number, x + w / 2, bottom + (height - 4.6f) / 2, 0);
                    text.endText();
                    text.restoreState();
                }
                x += w;
            }
            background.restoreState();
        }
    }

    private static PdfPTable table(List<String> header, float[] widths, List<List<String>> text,
            List<DashboardRow> rows, List<String> totalText, DashboardRow total, Function<String, String> translate,
            Fonts f) {
        int columns = header.size();
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setWidths(widths);
        table.setHeaderRows(1);
        for (int c = 0; c < columns; c++) {
            PdfPCell cell = headerCell(header.get(c), f);
            if (c >= columns - COUNT_KEYS.size()) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            table.addCell(cell);
        }
        if (rows.isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase(clean(translate.apply("dash.export.noData")), f.cell));
            none.setColspan(columns);
            none.setPadding(4);
            table.addCell(none);
        }
        for (int i = 0; i < rows.size(); i++) {
            addRow(table, text.get(i), rows.get(i), f.cell, i % 2 == 1 ? new Color(246, 247, 249) : null);
        }
        addRow(table, totalText, total, f.cellBold, HEADER_FILL);
        return table;
    }

    private static void addRow(PdfPTable table, List<String> text, DashboardRow row, Font font, Color fill) {
        for (String t : text) {
            table.addCell(bodyCell(clean(t), font, fill, Element.ALIGN_LEFT));
        }
        for (int n : counts(row)) {
            table.addCell(bodyCell(String.valueOf(n), font, fill, Element.ALIGN_RIGHT));
        }
    }

    private static PdfPCell bodyCell(String text, Font font, Color fill, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(align);
        cell.setBorderColor(new Color(210, 214, 220));
        cell.setBorderWidth(0.5f);
        cell.setPadding(2.5f);
        if (fill != null) {
            cell.setBackgroundColor(fill);
        }
        return cell;
    }

    private static PdfPCell headerCell(String text, Fonts f) {
        PdfPCell cell = new PdfPCell(new Phrase(clean(text), f.cellBold));
        cell.setBackgroundColor(HEADER_FILL);
        cell.setBorderColor(new Color(210, 214, 220));
        cell.setBorderWidth(0.5f);
        cell.setPadding(3);
        cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        return cell;
    }

    private static Color color(ChartSegment s) {
        return new Color(s.red(), s.green(), s.blue());
    }

    /** Footer on every page: what the document is, and the page number. */
    private static final class Footer extends PdfPageEventHelper {

        private final String left;
        private final String page;
        private final BaseFont font = Fonts.baseFont();

        Footer(String left, String page) {
            this.left = left;
            this.page = page;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            cb.saveState();
            cb.beginText();
            cb.setFontAndSize(font, 7.5f);
            cb.setRGBColorFill(96, 96, 96);
            float y = document.bottom() - 20;
            cb.showTextAligned(Element.ALIGN_LEFT, left, document.left(), y, 0);
            cb.showTextAligned(Element.ALIGN_RIGHT, page + " " + writer.getPageNumber(), document.right(), y, 0);
            cb.endText();
            cb.restoreState();
        }
    }

    // ---------------------------------------------------------------- shared

    /** The seven counts in column order. */
    static int[] counts(DashboardRow r) {
        return new int[] {r.staff(), r.certified(), r.expiringSoon(), r.expired(), r.inProgress(), r.focalPoints(),
                r.focalPointsWithoutValid()};
    }

    /** The dashboard's total, or the sum of its country rows (else organisation rows) when it has none. */
    static DashboardRow total(Dashboard d) {
        if (d.total() != null) {
            return d.total();
        }
        DashboardRow sum = DashboardRow.empty(null, null, null, null);
        for (DashboardRow r : d.byCountry().isEmpty() ? d.byOrganisation() : d.byCountry()) {
            sum = sum.plus(r);
        }
        return sum;
    }

    private static String networkLabel(Dashboard d) {
        String name = d.networkName() == null || d.networkName().isBlank() ? d.networkId() : d.networkName();
        return name == null ? "" : name;
    }

    private static String programmeLabel(Dashboard d, Function<String, String> translate) {
        return d.programmeTitle() != null && !d.programmeTitle().isBlank() ? d.programmeTitle()
                : d.programmeId() != null ? d.programmeId() : translate.apply("dash.export.allProgrammes");
    }

    private static String when(Dashboard d) {
        return d.at() == null ? "" : WHEN.format(d.at());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Printable text only: control characters other than line breaks are dropped. */
    static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\p{Cc}&&[^\\n]]", "");
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
}
