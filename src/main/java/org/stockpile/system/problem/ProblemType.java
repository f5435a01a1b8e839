package org.stockpile.system.problem;

/**
 * The kinds of problem the API reports. The {@code type} URI of each is stable: clients may branch on it.
 * Titles are message keys {@code problem.<slug>.title}.
 */
public enum ProblemType {
    MALFORMED_REQUEST(400, "malformed-request"),
    INVALID_PARAMETER(400, "invalid-parameter"),
    PAGE_TOO_LARGE(400, "page-too-large"),
    UNAUTHENTICATED(401, "unauthenticated"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    DUPLICATE(409, "duplicate"),
    CUSTODY_CONFLICT(409, "custody-conflict"),
    STALE_VERSION(409, "stale-version"),
    RETIRED(409, "retired"),
    STATE_CONFLICT(409, "state-conflict"),
    BODY_TOO_LARGE(413, "body-too-large"),
    URI_TOO_LONG(414, "uri-too-long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    VALIDATION_FAILED(422, "validation-failed"),
    UNKNOWN_REFERENCE(422, "unknown-reference"),
    INVALID_TAG(422, "invalid-tag"),
    CUSTODY_REFUSED(422, "custody-refused"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused"),
    RULE_VIOLATION(422, "rule-violation"),
    CERTIFICATION_REQUIRED(422, "certification-required"),
    INTERNAL_ERROR(500, "internal-error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable");

    private static final String TYPE_PREFIX = "urn:stockpile:problem:";

    private final int status;
    private final String slug;

    ProblemType(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return TYPE_PREFIX + slug;
    }

    public String titleKey() {
        return "problem." + slug + ".title";
    }

    public String detailKey() {
        return "problem." + slug + ".detail";
    }
}
