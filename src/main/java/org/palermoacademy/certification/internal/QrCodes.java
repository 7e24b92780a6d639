package org.palermoacademy.certification.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * QR codes as module matrices (zxing core only, no imaging): one matrix cell per module, the standard
 * four-module quiet zone included, so a caller can draw them as vectors at any size.
 */
public final class QrCodes {

    /** Quiet zone on every side, in modules (ISO/IEC 18004 asks for at least four). */
    public static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /**
     * The QR code for {@code text} at error correction level M (about 15% of the symbol may be damaged),
     * as the smallest version that holds it.
     *
     * @throws IllegalArgumentException when the text is blank or too long for a QR code
     */
    public static BitMatrix matrix(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("QR code text is blank");
        }
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
            // Only then: the UTF-8 hint adds an ECI header, which a few older scanners mishandle.
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        try {
            // Width and height 0: one pixel per module, no scaling.
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text does not fit in a QR code (" + text.length() + " chars)", e);
        }
    }
}
