package io.intervu.rag.service.parse;

/** The uploaded bytes cannot become a knowledge document; status and slug go into the problem document. */
public class InvalidDocumentException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;

    public InvalidDocumentException(int status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }
}
