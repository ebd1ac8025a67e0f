package io.intervu.rag;

import java.util.Map;

/**
 * An expected refusal of what the caller asked for, said in domain terms: why ({@link Reason}), a stable slug, a
 * title and a detail written for the person who sees it, and what else the refusal carries (invalid fields, when to
 * retry). It knows nothing of HTTP: rest/ProblemMappers turns it into the problem document (one status per reason).
 * It lives at the package root so that every layer may throw it without depending upwards.
 */
public class RequestRefusedException extends RuntimeException {

    /** Why the request is refused. */
    public enum Reason {
        /** The request does not fit the current state of what it names (409). */
        CONFLICT,
        /** It cannot be done now for a reason of ours; it may well succeed later (503). */
        UNAVAILABLE
    }

    private final Reason reason;
    private final String slug;
    private final String title;
    private final transient Map<String, Object> fields;
    private final Long retryAfterSeconds;

    public RequestRefusedException(Reason reason, String slug, String title, String detail) {
        this(reason, slug, title, detail, null, null);
    }

    /**
     * @param fields            the refused fields and why each one is refused, or null
     * @param retryAfterSeconds when the same request may succeed, or null
     */
    public RequestRefusedException(Reason reason, String slug, String title, String detail, Map<String, Object> fields,
                                   Long retryAfterSeconds) {
        super(detail);
        this.reason = reason;
        this.slug = slug;
        this.title = title;
        this.fields = fields;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Reason reason() {
        return reason;
    }

    /** The stable name of this refusal (documented in the README). */
    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    /** The refused fields and why, or null. */
    public Map<String, Object> fields() {
        return fields;
    }

    /** Seconds until the same request may succeed, or null. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
