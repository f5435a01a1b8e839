package org.stockpile.tag;

import com.google.zxing.BarcodeFormat;

/**
 * Barcode kinds a label may carry: Code 128 for 1D laser scanners; DataMatrix and QR for 2D imagers and phone
 * cameras.
 */
public enum Symbology {
    CODE_128(BarcodeFormat.CODE_128, 10), DATA_MATRIX(BarcodeFormat.DATA_MATRIX, 2), QR(BarcodeFormat.QR_CODE, 4);

    final BarcodeFormat format;
    /** The quiet zone the standard asks for around the symbol, in modules. */
    final int quietZone;

    Symbology(BarcodeFormat format, int quietZone) {
        this.format = format;
        this.quietZone = quietZone;
    }

    boolean linear() {
        return this == CODE_128;
    }
}
