package org.palermoacademy.certification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PRTokeniser;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfContentParser;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.palermoacademy.certification.internal.CertificatePdf.Print;

class CertificatePdfTest {

    static final String URL = "https://academy.palermoacademy.org/verify/PA-7F3K-Q9XZ";
    static final String CODE = "PA-7F3K-Q9XZ";
    static final String PROGRAMME = "MLA practitioner";
    static final Map<String, String> LABELS = Map.of(
            "title", "Certificate", "awardedTo", "This certifies that",
            "forCompleting", "has successfully completed the programme", "issuedBy", "Issued by",
            "issuedOn", "Issued on", "validUntil", "Valid until", "code", "Certificate code",
            "verifyAt", "Verify at");
    static final boolean DEJAVU = Files.isReadable(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));

    static Print print(String holder) {
        return new Print(holder, PROGRAMME, "Palermo Academy", LocalDate.of(2026, 3, 1), LocalDate.of(2029, 3, 1),
                CODE, URL, LABELS, false);
    }

    @Test
    void printsHolderProgrammeCodeAndAddressOnOneLandscapeA4Page() throws IOException {
        PdfReader pdf = new PdfReader(CertificatePdf.render(print("Ada Lovelace")));

        assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        assertThat(pdf.getPageSizeWithRotation(1).getWidth()).isCloseTo(842f, within(1f));
        assertThat(pdf.getPageSizeWithRotation(1).getHeight()).isCloseTo(595f, within(1f));
        assertThat(text(pdf)).contains("Ada Lovelace", PROGRAMME, CODE, URL, "Certificate", "2026-03-01",
                "2029-03-01");
        assertThat(pdf.getInfo()).containsEntry("Author", "Palermo Academy").containsEntry("Subject", PROGRAMME)
                .containsEntry("Title", "Certificate \u2013 Ada Lovelace");
    }

    @Test
    void qrMatrixHasAQuietZoneAndDecodesBackToTheAddress() throws Exception {
        BitMatrix matrix = QrCodes.matrix(URL);

        for (int i = 0; i < matrix.getWidth(); i++) {
            for (int q = 0; q < QrCodes.QUIET_ZONE; q++) {
                assertThat(matrix.get(i, q) || matrix.get(q, i) || matrix.get(i, matrix.getHeight() - 1 - q)
                        || matrix.get(matrix.getWidth() - 1 - q, i)).as("quiet zone").isFalse();
            }
        }
        assertThat(decode(matrix)).isEqualTo(URL);
    }

    @Test
    void theQrCodeDrawnOnThePageIsTheAddressSymbolTheRightWayUp() throws Exception {
        PdfReader pdf = new PdfReader(CertificatePdf.render(print("Ada Lovelace")));

        BitMatrix drawn = drawnQrCode(pdf);

        assertThat(drawn).isEqualTo(QrCodes.matrix(URL));
        assertThat(decode(drawn)).isEqualTo(URL);
    }

    @Test
    void accentsAndCyrillicPrintWithTheEmbeddedDejaVuFont() throws IOException {
        assumeTrue(DEJAVU, "DejaVu Sans (Debian's fonts-dejavu-core) is not installed");
        String name = "José Ñúñez — Ольга";

        PdfReader pdf = new PdfReader(CertificatePdf.render(print(name)));

        assertThat(text(pdf)).contains(name);
        assertThat(fontNames(pdf)).anyMatch(font -> font.endsWith("+DejaVuSans"))
                .anyMatch(font -> font.endsWith("+DejaVuSans-Bold"));
    }

    @Test
    void fallsBackToTheStandardFontsWithoutDejaVu() throws IOException {
        PdfReader pdf = new PdfReader(CertificatePdf.render(print("José Ñúñez"), List.of()));

        assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        assertThat(text(pdf)).contains("José Ñúñez", PROGRAMME, CODE, URL);
        assertThat(fontNames(pdf)).contains("Helvetica", "Helvetica-Bold").noneMatch(f -> f.contains("DejaVu"));
    }

    @Test
    void rightToLeftCertificatesKeepDatesAndAddressesInReadingOrder() throws Exception {
        Map<String, String> arabic = Map.of("title", "شهادة", "awardedTo", "تشهد هذه الوثيقة بأن",
                "forCompleting", "قد أتمّ بنجاح البرنامج", "issuedBy", "صادرة عن", "issuedOn", "تاريخ الإصدار",
                "validUntil", "صالحة حتى", "code", "رمز الشهادة", "verifyAt", "تحقق على");
        Print print = new Print("ليلى عبد الرحمن", "ممارس المساعدة القانونية المتبادلة", "أكاديمية باليرمو",
                LocalDate.of(2026, 3, 1), LocalDate.of(2029, 3, 1), CODE, URL, arabic, true);

        PdfReader pdf = new PdfReader(CertificatePdf.render(print));

        assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        assertThat(text(pdf)).contains("2026-03-01", "2029-03-01", CODE, URL);
        assertThat(decode(drawnQrCode(pdf))).isEqualTo(URL);
    }

    @Test
    void aBlankOrMissingFieldIsRejected() {
        assertThatThrownBy(() -> CertificatePdf.render(print("  \t "))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holder name");
        assertThatThrownBy(() -> CertificatePdf.render(print(null))).isInstanceOf(IllegalArgumentException.class);
        Map<String, String> withoutCode = new HashMap<>(LABELS);
        withoutCode.remove("code");
        Print noCodeLabel = new Print("Ada", PROGRAMME, "Palermo Academy", LocalDate.of(2026, 3, 1),
                LocalDate.of(2029, 3, 1), CODE, URL, withoutCode, false);
        assertThatThrownBy(() -> CertificatePdf.render(noCodeLabel)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("label code");
        Print noExpiry = new Print("Ada", PROGRAMME, "Palermo Academy", LocalDate.of(2026, 3, 1), null, CODE, URL,
                LABELS, false);
        assertThatThrownBy(() -> CertificatePdf.render(noExpiry)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CertificatePdf.render(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFiveHundredCharacterNameIsCutToFitOnOnePage() throws IOException {
        String name = "Maximiliana Alessandra ".repeat(22).substring(0, 500);

        PdfReader pdf = new PdfReader(CertificatePdf.render(print(name)));

        String text = text(pdf);
        assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        assertThat(text).contains("Maximiliana Alessandra Maximiliana", "\u2026", PROGRAMME, CODE, URL)
                .doesNotContain(name);
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private static String text(PdfReader pdf) throws IOException {
        return new PdfTextExtractor(pdf).getTextFromPage(1);
    }

    private static List<String> fontNames(PdfReader pdf) {
        PdfDictionary fonts = pdf.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
        List<String> names = new ArrayList<>();
        for (PdfName key : fonts.getKeys()) {
            PdfDictionary font = (PdfDictionary) PdfReader.getPdfObject(fonts.get(key));
            names.add(PdfName.decodeName(font.getAsName(PdfName.BASEFONT).toString()));
        }
        return names;
    }

    private static String decode(BitMatrix matrix) throws Exception {
        LuminanceSource source = new BitMatrixLuminanceSource(matrix, 4);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    /**
     * Reads the QR code back from the page: the page's only form XObject, whose rectangles (after the
     * white background) are the dark modules, rebuilt into a matrix of the printed symbol's size.
     */
    private static BitMatrix drawnQrCode(PdfReader pdf) throws IOException {
        PdfDictionary xobjects = pdf.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
        assertThat(xobjects.getKeys()).hasSize(1);
        PRStream form = (PRStream) PdfReader.getPdfObject(xobjects.get(xobjects.getKeys().iterator().next()));
        PdfArray box = form.getAsArray(PdfName.BBOX);
        float size = box.getAsNumber(2).floatValue() - box.getAsNumber(0).floatValue();
        List<float[]> rectangles = new ArrayList<>();
        PdfContentParser parser = new PdfContentParser(new PRTokeniser(PdfReader.getStreamBytes(form)));
        List<PdfObject> operands = new ArrayList<>();
        while (!parser.parse(operands).isEmpty()) {
            if (operands.getLast().toString().equals("re")) {
                rectangles.add(new float[] {number(operands, 0), number(operands, 1), number(operands, 2),
                        number(operands, 3)});
            }
        }
        assertThat(rectangles.getFirst()).as("white background").containsExactly(0, 0, size, size);
        List<float[]> dark = rectangles.subList(1, rectangles.size());
        float module = (float) dark.stream().mapToDouble(r -> r[3]).min().orElseThrow();
        int modules = Math.round(size / module);
        BitMatrix matrix = new BitMatrix(modules);
        for (float[] r : dark) {
            int row = Math.round((size - r[1] - r[3]) / module);
            matrix.setRegion(Math.round(r[0] / module), row, Math.round(r[2] / module), 1);
        }
        return matrix;
    }

    private static float number(List<PdfObject> operands, int index) {
        return ((PdfNumber) operands.get(index)).floatValue();
    }

    /** A greyscale picture of a QR matrix, {@code scale} pixels per module, for zxing's reader (no AWT). */
    static final class BitMatrixLuminanceSource extends LuminanceSource {

        private final byte[] pixels;

        BitMatrixLuminanceSource(BitMatrix matrix, int scale) {
            super(matrix.getWidth() * scale, matrix.getHeight() * scale);
            pixels = new byte[getWidth() * getHeight()];
            for (int y = 0; y < getHeight(); y++) {
                for (int x = 0; x < getWidth(); x++) {
                    pixels[y * getWidth() + x] = matrix.get(x / scale, y / scale) ? 0 : (byte) 0xFF;
                }
            }
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] result = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
            System.arraycopy(pixels, y * getWidth(), result, 0, getWidth());
            return result;
        }

        @Override
        public byte[] getMatrix() {
            return pixels;
        }
    }
}
