package org.palermoacademy.exercises.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.palermoacademy.exercises.RequestLetter;

/**
 * Renders a request letter as DOCX (Apache POI) and PDF (OpenPDF). Text is placed as text runs, never
 * interpreted as markup, so whatever the learner typed appears literally.
 */
public final class LetterExport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private LetterExport() {
    }

    public static byte[] docx(RequestLetter letter) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            line(doc, letter.from(), true, 11, ParagraphAlignment.LEFT);
            line(doc, letter.date().format(DATE) + (letter.reference() == null ? "" : " · Ref. " + letter.reference()),
                    false, 10, ParagraphAlignment.RIGHT);
            for (String to : letter.addressee()) {
                line(doc, to, false, 11, ParagraphAlignment.LEFT);
            }
            line(doc, "", false, 11, ParagraphAlignment.LEFT);
            line(doc, letter.title(), true, 14, ParagraphAlignment.CENTER);
            line(doc, letter.subject(), true, 11, ParagraphAlignment.LEFT);
            for (RequestLetter.Part part : letter.parts()) {
                if (!part.title().isBlank()) {
                    XWPFParagraph heading = doc.createParagraph();
                    heading.setSpacingBefore(200);
                    XWPFRun r = heading.createRun();
                    r.setBold(true);
                    r.setFontSize(12);
                    r.setText(safe(part.title()));
                }
                for (String paragraph : part.text().split("\\n\\s*\\n")) {
                    XWPFParagraph p = doc.createParagraph();
                    XWPFRun r = p.createRun();
                    r.setFontSize(11);
                    String[] lines = paragraph.split("\\n");
                    for (int i = 0; i < lines.length; i++) {
                        if (i > 0) {
                            r.addBreak();
                        }
                        r.setText(safe(lines[i]));
                    }
                }
            }
            line(doc, "", false, 11, ParagraphAlignment.LEFT);
            line(doc, letter.signature(), false, 11, ParagraphAlignment.LEFT);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(XWPFDocument doc, String text, boolean bold, int size, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        XWPFRun r = p.createRun();
        r.setBold(bold);
        r.setFontSize(size);
        r.setText(safe(text));
    }

    public static byte[] pdf(RequestLetter letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 60, 60, 60, 60);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(safe(letter.title()));
        doc.addCreator("Palermo Academy");
        doc.open();
        Font normal = FontFactory.getFont(FontFactory.HELVETICA, 10.5f);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10.5f);
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14, new Color(11, 83, 148));
        doc.add(new Paragraph(safe(letter.from()), bold));
        Paragraph date = new Paragraph(letter.date().format(DATE)
                + (letter.reference() == null ? "" : " · Ref. " + safe(letter.reference())), normal);
        date.setAlignment(Element.ALIGN_RIGHT);
        doc.add(date);
        for (String to : letter.addressee()) {
            doc.add(new Paragraph(safe(to), normal));
        }
        Paragraph heading = new Paragraph(safe(letter.title()), title);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingBefore(18);
        heading.setSpacingAfter(8);
        doc.add(heading);
        doc.add(new Paragraph(safe(letter.subject()), bold));
        for (RequestLetter.Part part : letter.parts()) {
            if (!part.title().isBlank()) {
                Paragraph h = new Paragraph(safe(part.title()), bold);
                h.setSpacingBefore(10);
                doc.add(h);
            }
            for (String paragraph : part.text().split("\\n\\s*\\n")) {
                Paragraph p = new Paragraph(safe(paragraph), normal);
                p.setSpacingAfter(4);
                doc.add(p);
            }
        }
        Paragraph sign = new Paragraph(safe(letter.signature()), normal);
        sign.setSpacingBefore(18);
        doc.add(sign);
        doc.close();
        return out.toByteArray();
    }

    /** Keeps printable text only (XML 1.0 forbids most control characters in DOCX). */
    static String safe(String s) {
        return s == null ? "" : s.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "");
    }
}
