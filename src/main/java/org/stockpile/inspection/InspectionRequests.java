package org.stockpile.inspection;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.stockpile.system.PlausibleDate;

/** What clients send to inspect a site and follow up its corrective actions, each field bounded as it is stored. */
public final class InspectionRequests {

    private InspectionRequests() {
    }

    /** An inspection of the site with this code, from the national checklist. */
    public record Opening(@NotBlank(message = "{validation.required}")
            @Size(max = 32, message = "{validation.too-long}") String siteCode) {
    }

    /** What must be done about a failure, by whom (a post or a name), by when. */
    public record Action(@NotBlank(message = "{validation.required}")
            @Size(max = 500, message = "{validation.too-long}") String description,
            @NotBlank(message = "{validation.required}")
            @Size(max = 100, message = "{validation.too-long}") String owner,
            @NotNull(message = "{validation.required}") @PlausibleDate LocalDate dueOn) {

        InspectionItem.CorrectiveAction toAction() {
            return new InspectionItem.CorrectiveAction(description.strip(), owner.strip(), dueOn);
        }
    }

    /** What an item was found to be; a failure with its severity and corrective action. */
    public record Assessment(@NotNull(message = "{validation.required}") InspectionItem.Result result,
            InspectionItem.Severity severity,
            @Size(max = InspectionItem.MAX_COMMENT, message = "{validation.too-long}") String comment,
            @Valid Action action) {
    }

    /** The inspector's closing remarks, if any. */
    public record Closing(@Size(max = Inspection.MAX_REMARKS, message = "{validation.too-long}") String remarks) {
    }

    /** What was done to put the failure right; the evidence photos are uploaded before. */
    public record ActionClosing(@NotBlank(message = "{validation.required}")
            @Size(max = InspectionItem.MAX_NOTE, message = "{validation.too-long}") String note) {
    }
}
