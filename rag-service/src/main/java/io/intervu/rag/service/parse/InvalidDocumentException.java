package io.intervu.rag.service.parse;

/**
 * The uploaded bytes cannot become a knowledge document: what is wrong with them ({@link Flaw}), a stable slug, a title
 * and a detail written for the uploader. It knows nothing of HTTP: rest/ProblemMappers turns each flaw into a status.
 */
public class InvalidDocumentException extends RuntimeException {

    /** What is wrong with the upload. */
    public enum Flaw {
        /** More bytes or pages than are accepted (413). */
        TOO_LARGE,
        /** Not the kind of file it claims to be, or not text at all (415). */
        WRONG_KIND,
        /** The right kind of file, but its content cannot be used: encrypted, unreadable, empty, invalid front matter (422). */
        UNUSABLE
    }

    private final Flaw flaw;
    private final String slug;
    private final String title;

    public InvalidDocumentException(Flaw flaw, String slug, String title, String detail) {
        super(detail);
        this.flaw = flaw;
        this.slug = slug;
        this.title = title;
    }

    public Flaw flaw() {
        return flaw;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }
}
