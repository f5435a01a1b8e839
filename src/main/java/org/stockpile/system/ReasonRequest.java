package org.stockpile.system;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why: a record is retired, a lot restricted or released, an operation rejected. Required. */
public record ReasonRequest(
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.too-long}") String reason) {
}
