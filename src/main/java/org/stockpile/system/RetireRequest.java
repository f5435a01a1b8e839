package org.stockpile.system;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a record is taken out of use. */
public record RetireRequest(
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.too-long}") String reason) {
}
