package org.palermoacademy.certification.internal;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.FontSelector;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The printable certificate: one A4 landscape page with the holder, the programme, the issuer, the dates,
 * the certificate code and a QR code that opens the public verification page.
 *
 * <p>Fonts: DejaVu Sans (regular and bold) and DejaVu Sans Mono are embedded (subset, Identity-H) when the
 * machine has them — Debian's {@code fonts-dejavu-core} puts them in {@code /usr/share/fonts/truetype/dejavu}
 * — so names in Latin with accents, Greek, Cyrillic, Hebrew and Arabic print as written. Chinese,
 * Japanese and Korean characters fall back to Adobe's STSong-Light (not embedded: the PDF viewer supplies
 * it). Without DejaVu (another machine, a slim container image) the page falls back to the PDF standard
 * fonts Helvetica and Courier, which have Western European letters only; other characters then use
 * STSong-Light where it has them (Greek, Cyrillic, Chinese) and are otherwise left out rather than
 * printed as boxes, so Arabic names need DejaVu.
 *
 * <p>Text is placed as text, never interpreted. Long texts first shrink, then wrap within their box, and
 * are cut with an ellipsis only when they still do not fit, so nothing leaves the page.
 */
public final class CertificatePdf {

    /** Keys of {@link Print#labels()}, the already-translated texts printed on the certificate. */
    public static final List<String> LABEL_KEYS =
            List.of("title", "awardedTo", "forCompleting", "issuedBy", "issuedOn", "validUntil", "code", "verifyAt");

    /**
     * What one certificate shows. Every field is required.
     *
     * @param labels texts for each of {@link #LABEL_KEYS}, in the holder's language
     * @param rightToLeft lay the page out for a right-to-left language (Arabic, Hebrew, ...)
     */
    public record Print(String holderName, String programmeTitle, String issuerName, LocalDate issuedOn,
            LocalDate expiresOn, String code, String verifyUrl, Map<String, String> labels, boolean rightToLeft) {
    }

    /** Directories searched for DejaVu, Debian's first (the developers' and CI's machine). */
    private static final List<Path> FONT_DIRECTORIES = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu"),      // Debian, Ubuntu
            Path.of("/usr/share/fonts/dejavu-sans-fonts"),    // Fedora
            Path.of("/usr/share/fonts/dejavu"),               // Alpine, older Fedora
            Path.of("/usr/share/fonts/TTF"));                 // Arch

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private static final Color NAVY = new Color(11, 83, 148);
    private static final Color GOLD = new Color(184, 150, 62);
    private static final Color INK = new Color(33, 37, 41);
    private static final Color MUTED = new Color(96, 104, 114);

    private static final Rectangle PAGE = PageSize.A4.rotate();
    private static final float FRAME = 22;
    private static final float LEFT = 64;
    private static final float RIGHT = PAGE.getWidth() - 64;
    private static final float QR_SIZE = 132;
    private static final String ELLIPSIS = "\u2026";
    private static final char LEFT_TO_RIGHT_EMBEDDING = '\u202A';
    private static final char POP_DIRECTIONAL_FORMATTING = '\u202C';

    private CertificatePdf() {
    }

    /**
     * Renders the certificate as a one-page PDF.
     *
     * @throws IllegalArgumentException when a field or label is missing or blank, the certificate expires
     *         before it is issued, or the verification URL is too long for a QR code
     */
    public static byte[] render(Print p) {
        return render(p, FONT_DIRECTORIES);
    }

    /** As {@link #render(Print)}, looking for DejaVu in {@code fontDirectories} (tests pass none). */
    static byte[] render(Print p, List<Path> fontDirectories) {
        Print print = checked(p);
        Fonts fonts = Fonts.load(fontDirectories);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PAGE, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.addTitle(print.labels().get("title") + " \u2013 " + print.holderName());
        doc.addAuthor(print.issuerName());
        doc.addSubject(print.programmeTitle());
        doc.addCreator("Palermo Academy");
        doc.open();
        PdfContentByte cb = writer.getDirectContent();
        new Page(cb, fonts, print).draw();
        doc.close();
        return out.toByteArray();
    }

    /** Validates, normalises to NFC and strips control characters, so the rest can trust its input. */
    private static Print checked(Print p) {
        if (p == null) {
            throw new IllegalArgumentException("Certificate print is null");
        }
        if (p.issuedOn() == null || p.expiresOn() == null) {
            throw new IllegalArgumentException("Certificate dates are required");
        }
        if (p.expiresOn().isBefore(p.issuedOn())) {
            throw new IllegalArgumentException("Certificate expires before it is issued");
        }
        if (p.labels() == null) {
            throw new IllegalArgumentException("Certificate labels are required");
        }
        Map<String, String> labels = new HashMap<>();
        for (String key : LABEL_KEYS) {
            labels.put(key, text("label " + key, p.labels().get(key)));
        }
        return new Print(text("holder name", p.holderName()), text("programme title", p.programmeTitle()),
                text("issuer name", p.issuerName()), p.issuedOn(), p.expiresOn(), text("code", p.code()),
                text("verify URL", p.verifyUrl()), Map.copyOf(labels), p.rightToLeft());
    }

    private static String text(String what, String value) {
        String clean = value == null ? "" : Normalizer.normalize(value, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]+", " ")
                .replaceAll("\\s+", " ")
                .strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("Certificate " + what + " is blank");
        }
        return clean;
    }

    /** The fonts of one render; the base fonts themselves are cached by OpenPDF. */
    private record Fonts(BaseFont regular, BaseFont bold, BaseFont mono, BaseFont cjk) {

        static Fonts load(List<Path> directories) {
            Path dir = directories.stream()
                    .filter(d -> Files.isReadable(d.resolve("DejaVuSans.ttf")))
                    .findFirst().orElse(null);
            BaseFont cjk = optional("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            if (dir == null) {
                return new Fonts(standard(BaseFont.HELVETICA), standard(BaseFont.HELVETICA_BOLD),
                        standard(BaseFont.COURIER), cjk);
            }
            BaseFont regular = embedded(dir.resolve("DejaVuSans.ttf"));
            BaseFont bold = Files.isReadable(dir.resolve("DejaVuSans-Bold.ttf"))
                    ? embedded(dir.resolve("DejaVuSans-Bold.ttf")) : regular;
            BaseFont mono = Files.isReadable(dir.resolve("DejaVuSansMono.ttf"))
                    ? embedded(dir.resolve("DejaVuSansMono.ttf")) : standard(BaseFont.COURIER);
            return new Fonts(regular, bold, mono, cjk);
        }

        private static BaseFont embedded(Path file) {
            try {
                return BaseFont.createFont(file.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read font " + file, e);
            }
        }

        private static BaseFont standard(String name) {
            try {
                return BaseFont.createFont(name, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static BaseFont optional(String name, String encoding, boolean embedded) {
            try {
                return BaseFont.createFont(name, encoding, embedded);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        /** A phrase in {@code base} at {@code size}, each character falling back to a font that has it. */
        Phrase phrase(String text, BaseFont base, float size, Color color) {
            FontSelector selector = new FontSelector();
            selector.addFont(new Font(base, size, Font.NORMAL, color));
            if (base != regular) {
                selector.addFont(new Font(regular, size, Font.NORMAL, color));
            }
            if (cjk != null) {
                selector.addFont(new Font(cjk, size, Font.NORMAL, color));
            }
            return selector.process(text);
        }
    }

    /** Builds the phrase for a text at a scale of its nominal size (1 = as designed). */
    @FunctionalInterface
    private interface PhraseAt {
        Phrase at(String text, float scale);
    }

    /** A phrase that fits its width, and the height its lines take. */
    private record Fitted(Phrase phrase, float height) {
    }

    /** Lays out one page; coordinates are PDF points from the bottom left corner. */
    private static final class Page {

        private static final float MAIN_TOP = PAGE.getHeight() - 56;
        private static final float MAIN_BOTTOM = 60 + QR_SIZE + 28;

        private final PdfContentByte cb;
        private final Fonts fonts;
        private final Print print;
        private final int runDirection;

        Page(PdfContentByte cb, Fonts fonts, Print print) {
            this.cb = cb;
            this.fonts = fonts;
            this.print = print;
            // Always run the bidirectional algorithm: it orders mixed scripts and shapes Arabic letters.
            this.runDirection = print.rightToLeft() ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
        }

        void draw() {
            frame();
            main();
            details();
        }

        private void frame() {
            cb.saveState();
            cb.setColorStroke(NAVY);
            cb.setLineWidth(3);
            cb.rectangle(FRAME, FRAME, PAGE.getWidth() - 2 * FRAME, PAGE.getHeight() - 2 * FRAME);
            cb.stroke();
            cb.setColorStroke(GOLD);
            cb.setLineWidth(0.8f);
            float inner = FRAME + 7;
            cb.rectangle(inner, inner, PAGE.getWidth() - 2 * inner, PAGE.getHeight() - 2 * inner);
            cb.stroke();
            cb.restoreState();
        }

        /** Title, holder, programme and issuer, centred as one block in the upper part of the page. */
        private void main() {
            Map<String, String> label = print.labels();
            float width = RIGHT - LEFT;
            Fitted title = fit(label.get("title"), plain(fonts.bold(), 34, NAVY), 0.7f, width, 1);
            Fitted awardedTo = fit(label.get("awardedTo"), plain(fonts.regular(), 13, MUTED), 0.75f, width, 1);
            Fitted holder = fit(print.holderName(), plain(fonts.bold(), 32, INK), 0.5f, width, 2);
            Fitted forCompleting = fit(label.get("forCompleting"), plain(fonts.regular(), 13, MUTED), 0.75f, width, 1);
            Fitted programme = fit(print.programmeTitle(), plain(fonts.bold(), 21, NAVY), 0.6f, width, 2);
            Fitted issuer = fit(print.issuerName(), (text, scale) -> {
                Phrase phrase = fonts.phrase(label.get("issuedBy") + " ", fonts.regular(), 13 * scale, MUTED);
                phrase.addAll(fonts.phrase(text, fonts.bold(), 14 * scale, INK));
                return phrase;
            }, 0.7f, width, 2);

            float ruleGap = 26;
            float total = title.height() + ruleGap + awardedTo.height() + 4 + holder.height() + 16
                    + forCompleting.height() + 4 + programme.height() + 18 + issuer.height();
            float y = MAIN_TOP - (MAIN_TOP - MAIN_BOTTOM - total) / 2;
            y = place(title, LEFT, RIGHT, y, Element.ALIGN_CENTER);
            rule(PAGE.getWidth() / 2 - 60, y - ruleGap / 2 + 3, 120);
            y = place(awardedTo, LEFT, RIGHT, y - ruleGap, Element.ALIGN_CENTER);
            y = place(holder, LEFT, RIGHT, y - 4, Element.ALIGN_CENTER);
            y = place(forCompleting, LEFT, RIGHT, y - 16, Element.ALIGN_CENTER);
            y = place(programme, LEFT, RIGHT, y - 4, Element.ALIGN_CENTER);
            place(issuer, LEFT, RIGHT, y - 18, Element.ALIGN_CENTER);
        }

        /** Dates, code and verification address beside the QR code; mirrored for right-to-left. */
        private void details() {
            Map<String, String> label = print.labels();
            float qrX = print.rightToLeft() ? LEFT : RIGHT - QR_SIZE;
            float left = print.rightToLeft() ? LEFT + QR_SIZE + 28 : LEFT;
            float right = print.rightToLeft() ? RIGHT : RIGHT - QR_SIZE - 28;
            float y = 60 + QR_SIZE;
            float width = right - left;
            // ALIGN_LEFT is the start of the line: OpenPDF aligns it to the right in right-to-left runs.
            y = place(detail(label.get("issuedOn"), print.issuedOn().format(DATE), fonts.bold(), 12, INK, width),
                    left, right, y, Element.ALIGN_LEFT);
            y = place(detail(label.get("validUntil"), print.expiresOn().format(DATE), fonts.bold(), 12, INK, width),
                    left, right, y - 6, Element.ALIGN_LEFT);
            y = place(detail(label.get("code"), print.code(), fonts.mono(), 14, INK, width),
                    left, right, y - 6, Element.ALIGN_LEFT);
            place(detail(label.get("verifyAt"), print.verifyUrl(), fonts.regular(), 10, NAVY, width),
                    left, right, y - 6, Element.ALIGN_LEFT);
            qr(qrX, 60);
        }

        /**
         * A muted label followed by its value, on at most two lines. The value (a date, code or address) is
         * always left-to-right: embedded as such, so that a right-to-left line does not reorder
         * {@code 2026-03-01} into {@code 01-03-2026}.
         */
        private Fitted detail(String label, String value, BaseFont font, float size, Color color, float width) {
            return fit(value, (text, scale) -> {
                Phrase phrase = fonts.phrase(label + "  ", fonts.regular(), 10 * scale, MUTED);
                Phrase shown = fonts.phrase(LEFT_TO_RIGHT_EMBEDDING + text + POP_DIRECTIONAL_FORMATTING, font,
                        size * scale, color);
                if (isWebAddress(value)) {
                    // Clickable on screen (the whole address, even when cut); the QR code is for paper.
                    shown.forEach(chunk -> ((Chunk) chunk).setAnchor(value));
                }
                phrase.addAll(shown);
                return phrase;
            }, 0.8f, width, 2);
        }

        private static boolean isWebAddress(String text) {
            return text.startsWith("https://") || text.startsWith("http://");
        }

        private PhraseAt plain(BaseFont font, float size, Color color) {
            return (text, scale) -> fonts.phrase(text, font, size * scale, color);
        }

        private void rule(float x, float y, float width) {
            cb.saveState();
            cb.setColorStroke(GOLD);
            cb.setLineWidth(1.2f);
            cb.moveTo(x, y);
            cb.lineTo(x + width, y);
            cb.stroke();
            cb.restoreState();
        }

        /**
         * The text at the largest scale, from 1 down to {@code minScale}, at which it fits {@code width} in
         * at most {@code lines} lines; at {@code minScale} cut with an ellipsis when it still does not fit.
         */
        private Fitted fit(String text, PhraseAt phrase, float minScale, float width, int lines) {
            for (float scale = 1; scale >= minScale - 0.001f; scale -= 0.05f) {
                Fitted fitted = measure(phrase.at(text, scale), width, lines);
                if (fitted != null) {
                    return fitted;
                }
            }
            String cut = truncated(text, candidate -> measure(phrase.at(candidate, minScale), width, lines) != null);
            return measure(phrase.at(cut, minScale), width, Integer.MAX_VALUE);
        }

        /** The phrase and its height when it fits {@code width} in at most {@code lines} lines, else null. */
        private Fitted measure(Phrase phrase, float width, int lines) {
            float leading = leading(phrase);
            float height = lines == Integer.MAX_VALUE ? PAGE.getHeight() : lines * leading + 1;
            ColumnText column = column(phrase, 0, PAGE.getHeight() - height, width, PAGE.getHeight(),
                    Element.ALIGN_LEFT);
            try {
                if (ColumnText.hasMoreText(column.go(true))) {
                    return null;
                }
            } catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
            return new Fitted(phrase, PAGE.getHeight() - column.getYLine());
        }

        /** Writes a fitted phrase with its first line at {@code top}; returns the y below its last line. */
        private float place(Fitted fitted, float left, float right, float top, int align) {
            ColumnText column = column(fitted.phrase(), left, top - fitted.height() - 1, right, top, align);
            try {
                column.go();
            } catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
            return top - fitted.height();
        }

        private ColumnText column(Phrase phrase, float llx, float lly, float urx, float ury, int align) {
            ColumnText column = new ColumnText(cb);
            column.setSimpleColumn(phrase, llx, lly, urx, ury, leading(phrase), align);
            column.setRunDirection(runDirection);
            return column;
        }

        /**
         * The longest start of {@code text} that, ended with an ellipsis, still {@code fits}; cut between
         * user-perceived characters, so accents and surrogate pairs stay whole.
         */
        private static String truncated(String text, java.util.function.Predicate<String> fits) {
            BreakIterator characters = BreakIterator.getCharacterInstance();
            characters.setText(text);
            List<Integer> ends = new ArrayList<>();
            for (int end = characters.next(); end != BreakIterator.DONE; end = characters.next()) {
                ends.add(end);
            }
            String best = ELLIPSIS;
            int low = 0;
            int high = ends.size() - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                String candidate = text.substring(0, ends.get(mid)).stripTrailing() + ELLIPSIS;
                if (fits.test(candidate)) {
                    best = candidate;
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
            return best;
        }

        /** The QR code as filled squares in a form XObject, each row's dark runs merged into one rectangle. */
        private void qr(float x, float y) {
            BitMatrix matrix = QrCodes.matrix(print.verifyUrl());
            float module = QR_SIZE / matrix.getWidth();
            PdfTemplate symbol = cb.createTemplate(QR_SIZE, QR_SIZE);
            symbol.setGrayFill(1);
            symbol.rectangle(0, 0, QR_SIZE, QR_SIZE);
            symbol.fill();
            symbol.setGrayFill(0);
            for (int row = 0; row < matrix.getHeight(); row++) {
                int column = 0;
                while (column < matrix.getWidth()) {
                    if (!matrix.get(column, row)) {
                        column++;
                        continue;
                    }
                    int start = column;
                    while (column < matrix.getWidth() && matrix.get(column, row)) {
                        column++;
                    }
                    // Matrix rows run top down, PDF y runs bottom up.
                    symbol.rectangle(start * module, QR_SIZE - (row + 1) * module, (column - start) * module, module);
                }
            }
            symbol.fill();
            cb.addTemplate(symbol, x, y);
        }

        /** Line spacing for a phrase: 1.25 times its largest font. */
        private static float leading(Phrase phrase) {
            float size = 0;
            for (Element element : phrase) {
                if (element instanceof Chunk chunk) {
                    size = Math.max(size, chunk.getFont().getSize());
                }
            }
            return 1.25f * (size == 0 ? 12 : size);
        }
    }
}
