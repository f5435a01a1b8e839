package org.stockpile.custody;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stockpile.site.Site;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;
import org.stockpile.training.Certification;

/**
 * National policy on who must be certified for a custody operation: the person performing it, for the operations and
 * kinds of site configured; the recipient of an issue, for weapon types a course authorises, when configured.
 */
@ApplicationScoped
class CertificationPolicy {

    private final Certification certification;
    private final Set<OperationType> clerkOperations;
    private final Set<Site.Kind> clerkSites;
    private final boolean qualifiedRecipient;

    CertificationPolicy(Certification certification,
            @ConfigProperty(name = "stockpile.custody.certified-clerk.operations")
            Optional<Set<OperationType>> clerkOperations,
            @ConfigProperty(name = "stockpile.custody.certified-clerk.sites") Optional<Set<Site.Kind>> clerkSites,
            @ConfigProperty(name = "stockpile.custody.qualified-recipient") boolean qualifiedRecipient) {
        this.certification = certification;
        this.clerkOperations = clerkOperations.orElse(Set.of());
        this.clerkSites = clerkSites.orElse(Set.of());
        this.qualifiedRecipient = qualifiedRecipient;
    }

    /**
     * What the operation lacks, planned as {@code plan} and performed by {@code actor}; empty when nothing. It is
     * judged on the day it is recorded and, for a scan sent late, on the day the scanner says it was made as well: a
     * device's clock can neither bring back a certificate that has run out nor reach before one was issued.
     */
    List<Certification.Shortfall> shortfalls(OperationType type, ItemCustody.Planned plan, String actor,
            OffsetDateTime deviceTime, OffsetDateTime recordedAt) {
        LocalDate recorded = utcDay(recordedAt);
        List<Certification.Shortfall> missing = shortfalls(type, plan, actor, recorded);
        if (missing.isEmpty() && deviceTime != null && !utcDay(deviceTime).equals(recorded)) {
            return shortfalls(type, plan, actor, utcDay(deviceTime));
        }
        return missing;
    }

    private List<Certification.Shortfall> shortfalls(OperationType type, ItemCustody.Planned plan, String actor,
            LocalDate day) {
        List<Certification.Shortfall> missing = new ArrayList<>();
        if (clerkOperations.contains(type) && clerkSites.contains(plan.site().kind)) {
            missing.addAll(certification.ofClerk(actor, day));
        }
        if (qualifiedRecipient && type == OperationType.ISSUE && plan.recipient() != null) {
            missing.addAll(certification.ofRecipient(plan.recipient(), plan.weaponTypes(), day));
        }
        return missing;
    }

    private static LocalDate utcDay(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    /** The refusal of an operation that lacks certification: whose certificate, for what, and since when (422). */
    static ProblemException refusal(List<Certification.Shortfall> missing) {
        List<ProblemException.Item> items = missing.stream().map(Certification.Shortfall::asItem).toList();
        return new ProblemException(ProblemType.CERTIFICATION_REQUIRED, null, items,
                "problem.certification.refused", items.size());
    }
}
