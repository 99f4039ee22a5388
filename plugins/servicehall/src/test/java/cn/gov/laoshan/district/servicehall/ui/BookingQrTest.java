package cn.gov.laoshan.district.servicehall.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

class BookingQrTest {

    @Test
    void theCodeHoldsTheBookingNumberAndNothingElse() throws Exception {
        BitMatrix m = BookingQr.matrix("ZX261212-000123");
        // read back as a scanner would, from pixels (8 per module)
        int scale = 8;
        int[] pixels = new int[m.getWidth() * scale * m.getHeight() * scale];
        for (int y = 0; y < m.getHeight() * scale; y++) {
            for (int x = 0; x < m.getWidth() * scale; x++) {
                pixels[y * m.getWidth() * scale + x] = m.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(
                m.getWidth() * scale, m.getHeight() * scale, pixels))), Map.of(DecodeHintType.PURE_BARCODE, true))
                .getText();
        assertEquals("ZX261212-000123", read);

        String svg = BookingQr.svg("ZX261212-000123");
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth()));
        int dark = 0;
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                dark += m.get(x, y) ? 1 : 0;
            }
        }
        assertEquals(dark, svg.split("h1v1h-1z", -1).length - 1, "one square per dark module");
    }
}
