package org.stockpile.loss;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.stockpile.custody.CustodyRequest;
import org.stockpile.system.PlausibleDate;
import org.stockpile.system.TagCode;

/** What clients send to report a loss and follow its investigation, each field bounded as it is stored. */
public final class LossReportRequests {

    private LossReportRequests() {
    }

    /**
     * A loss or theft of the weapons whose tags are given, all of one site: when it was discovered, when the weapons
     * were last verified (if known), where, how, and the police reference once there is one.
     */
    public record Filing(@NotNull(message = "{validation.required}") LossReport.Kind kind,
            @NotEmpty(message = "{validation.required}")
            @Size(max = CustodyRequest.MAX_WEAPONS, message = "{validation.too-many}")
            List<@NotBlank(message = "{validation.required}") @Size(max = TagCode.MAX_SCANNED,
                    message = "{validation.too-long}") String> weaponTags,
            @NotNull(message = "{validation.required}") @PlausibleDate LocalDate discoveredOn,
            @PlausibleDate LocalDate lastVerifiedOn,
            @Size(max = 200, message = "{validation.too-long}") String place,
            @NotBlank(message = "{validation.required}")
            @Size(max = LossReport.MAX_CIRCUMSTANCES, message = "{validation.too-long}") String circumstances,
            @Size(max = 100, message = "{validation.too-long}") String policeReference) {
    }

    /** A step of the investigation: its status from now on, the police reference if it is new, what was learnt. */
    public record Entry(@NotNull(message = "{validation.required}") Investigation status,
            @Size(max = 100, message = "{validation.too-long}") String policeReference,
            @Size(max = LossReportEntry.MAX_NOTE, message = "{validation.too-long}") String note) {
    }
}
