package org.stockpile.system.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details body. {@code field} names the offending field of a duplicate or a bad reference;
 * {@code errors} lists each invalid field of a validation failure; {@code items} each refused item of a batch.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(requiredProperties = { "type", "title", "status" })
public record Problem(String type, String title, int status, String detail, String instance, String field,
        List<FieldError> errors, List<ItemError> items) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    /** What is wrong with one item of a batch (a scanned tag), with the item's current state where it has one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemError(String tag, String message, String state, String holder) {
    }
}
