package io.intervu.platform.pdf;

/**
 * A PDF the budget will not let PDFBox read. Each service words the refusal for its own users; unchecked, so that
 * it passes through PDFBox's filters, which handle only IOExceptions.
 */
public final class PdfRefusedException extends RuntimeException {

    /** Why the PDF is refused. */
    public enum Reason {
        /** Its streams unpack to more than the budget allows (a decompression bomb, or simply far too much). */
        TOO_COMPLEX,
        /** It is malformed in a way that would make PDFBox do unbounded work (an image codec on a non-image stream). */
        UNREADABLE
    }

    private final Reason reason;

    PdfRefusedException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
