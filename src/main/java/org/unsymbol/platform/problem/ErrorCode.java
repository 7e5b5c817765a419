package org.unsymbol.platform.problem;

import java.util.Locale;

/**
 * Every stable, machine-readable {@code code} that an unsymbol problem response can carry. Clients branch on these,
 * never on the human text, so a code is never renamed once released.
 */
public enum ErrorCode {
    BAD_REQUEST(400, "Bad request"),
    MALFORMED_JSON(400, "Malformed JSON"),
    VALIDATION_FAILED(400, "Request validation failed"),
    UNKNOWN_LANGUAGE(400, "Unknown language code"),
    INVALID_PARAMETER(400, "Invalid parameter"),
    INVALID_CHARACTER(400, "Character that cannot be stored"),
    UNAUTHORIZED(401, "Authentication required"),
    NOT_FOUND(404, "Resource not found"),
    DOCUMENT_NOT_FOUND(404, "Document not in the catalogue"),
    BODY_NOT_FOUND(404, "Body not in the registry"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    /** A harvest of the same source runs already (here or on another replica); the problem names it. */
    HARVEST_RUNNING(409, "Harvest already running"),
    /** Only a failed harvest can be resumed. */
    HARVEST_NOT_RESUMABLE(409, "Harvest cannot be resumed"),
    HARVEST_NOT_FOUND(404, "Harvest not found"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    SYMBOL_TOO_LONG(414, "Symbol too long"),
    BATCH_TOO_LARGE(413, "Batch too large"),
    /** A Word or PDF draft holds more text (characters, pages) than one check reads. */
    DRAFT_TEXT_TOO_LARGE(413, "Draft text too large"),
    URI_TOO_LONG(414, "URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    MALFORMED_SYMBOL(422, "Malformed document symbol"),
    UNPROCESSABLE_CONTENT(422, "Unprocessable content"),
    /** Reading a Word or PDF draft would take more work (bytes inflated, PDF operators, glyphs, time) than allowed. */
    DRAFT_TOO_COMPLEX(422, "Draft too complex to read"),
    PRECONDITION_REQUIRED(428, "Precondition required"),
    RATE_LIMITED(429, "Too many requests"),
    HEADERS_TOO_LARGE(431, "Request header fields too large"),
    INTERNAL_ERROR(500, "Internal error"),
    DATABASE_UNAVAILABLE(503, "Database unavailable"),
    EXPORTS_BUSY(503, "Too many exports at once"),
    /** No OAI-PMH base URL is configured (unsymbol.harvest.base-url): this deployment never harvests. */
    HARVEST_NOT_CONFIGURED(503, "Harvest not configured"),
    /** Every slot for reading Word and PDF drafts is taken; retry after Retry-After seconds. */
    DRAFT_EXTRACTION_BUSY(503, "Draft extraction busy");

    private final int status;
    private final String title;

    ErrorCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The RFC 9457 {@code type}: a relative URI that {@code GET /problems/{slug}} documents. */
    public String type() {
        return "/problems/" + slug();
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
