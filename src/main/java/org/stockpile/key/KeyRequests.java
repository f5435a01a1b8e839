package org.stockpile.key;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.stockpile.system.TagCode;

/** What clients send to keep the key register, each field bounded as it is stored. */
public final class KeyRequests {

    private KeyRequests() {
    }

    /**
     * Keys to register at a site: what they open (and the storage location's tag when they open one), and how many
     * copies are being labelled now (1 when left out); copies are numbered after those already registered.
     */
    public record Registration(@NotBlank(message = "{validation.required}")
            @Size(max = 32, message = "{validation.too-long}") String siteCode,
            @NotBlank(message = "{validation.required}")
            @Size(max = 120, message = "{validation.too-long}") String opens,
            @Size(max = TagCode.MAX_SCANNED, message = "{validation.too-long}") String locationTag,
            @Min(value = 1, message = "{validation.positive}")
            @Max(value = SiteKey.MAX_COPIES, message = "{validation.too-large}") Integer copies) {
    }

    /** A key passing to a new holder: the key's tag and the receiving person's badge, both scanned at the counter. */
    public record Handover(@NotBlank(message = "{validation.required}")
            @Size(max = TagCode.MAX_SCANNED, message = "{validation.too-long}") String keyTag,
            @NotBlank(message = "{validation.required}")
            @Size(max = TagCode.MAX_SCANNED, message = "{validation.too-long}") String personTag) {
    }
}
