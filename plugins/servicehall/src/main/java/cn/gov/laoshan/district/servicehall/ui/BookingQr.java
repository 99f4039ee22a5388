package cn.gov.laoshan.district.servicehall.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.vaadin.flow.component.html.Image;

/**
 * The QR code on a booking's confirmation: it holds the booking number and nothing else (no name, no ID number), so
 * the hall's clerk or kiosk checks the booking in by scanning it into the check-in field, and a photo of it reveals
 * nothing but the number. Drawn as SVG on the server (ZXing's encoder), shown as a {@code data:} image, which the
 * platform's content security policy allows.
 */
final class BookingQr {

    private BookingQr() {
    }

    /** The code's modules: the booking number, error correction M, a quiet zone of two modules. */
    static BitMatrix matrix(String bookingNumber) {
        try {
            return new QRCodeWriter().encode(bookingNumber, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code for " + bookingNumber, e);
        }
    }

    /** The code as SVG: one path of unit squares, crisp at any size. */
    static String svg(String bookingNumber) {
        BitMatrix m = matrix(bookingNumber);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /** The code as an image of {@code size} CSS pixels, its alternative text the number. */
    static Image image(String bookingNumber, String size) {
        Image image = new Image("data:image/svg+xml;base64," + Base64.getEncoder()
                .encodeToString(svg(bookingNumber).getBytes(StandardCharsets.UTF_8)), bookingNumber);
        image.setWidth(size);
        image.setHeight(size);
        return image;
    }
}
