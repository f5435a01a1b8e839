package org.stockpile.system;

import jakarta.ws.rs.core.Response;

/** A printed document as an HTTP answer: a PDF shown in the browser, with the file name it is saved under. */
public final class PdfAnswer {

    public static final String MEDIA_TYPE = "application/pdf";

    private PdfAnswer() {
    }

    /** {@code name} is the service's own (a record's kind and number), never a client's text. */
    public static Response of(byte[] document, String name) {
        return Response.ok(document, MEDIA_TYPE).header("Content-Disposition", "inline; filename=\"" + name + ".pdf\"")
                .build();
    }
}
