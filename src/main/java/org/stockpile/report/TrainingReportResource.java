package org.stockpile.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stockpile.security.Roles;
import org.stockpile.system.CsvWriter;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

@Path("/api/reports/training")
@Tag(name = "Reports", description = "Training reports in JSON, or CSV with Accept: text/csv")
@Produces({ MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV })
@RolesAllowed({ Roles.CLERK, Roles.TRAINER, Roles.INSPECTOR, Roles.COMMANDER, Roles.ADMIN })
public class TrainingReportResource {

    private final TrainingReportService reports;

    TrainingReportResource(TrainingReportService reports) {
        this.reports = reports;
    }

    /** Distinct persons who passed a closed session, by any of year, force, region and course. */
    @GET
    @Path("trained")
    public List<TrainingReports.TrainedLine> trained(
            @Parameter(description = "What to count by, comma-separated: year, force, region, course; none: the "
                    + "total") @QueryParam("by") String by,
            @Parameter(description = "From this year (of the sessions' last day)") @QueryParam("from") Integer from,
            @Parameter(description = "Through this year") @QueryParam("to") Integer to,
            @QueryParam("courseCode") String courseCode) {
        return reports.trained(dimensions(by), new TrainingReportService.TrainedCriteria(from, to, courseCode));
    }

    /** Certificates valid today that run out within 30, 60 or 90 days and have not been renewed. */
    @GET
    @Path("expiring")
    public List<TrainingReports.ExpiringCertificate> expiring(@QueryParam("days") @DefaultValue("90") int days) {
        return reports.expiring(ReportResource.window(days));
    }

    /** Custody operations a commander let through although the one acting or receiving lacked certification. */
    @GET
    @Path("overrides")
    public List<TrainingReports.OverrideLine> overrides(
            @Parameter(description = "Recorded on or after this day") @QueryParam("from") LocalDate from,
            @Parameter(description = "Recorded on or before this day") @QueryParam("to") LocalDate to) {
        return reports.overrides(from, to);
    }

    static Set<TrainingReportService.Dimension> dimensions(String by) {
        Set<TrainingReportService.Dimension> dimensions = new LinkedHashSet<>();
        if (by == null || by.isBlank()) {
            return dimensions;
        }
        for (String name : by.split(",", -1)) {
            try {
                dimensions.add(TrainingReportService.Dimension.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ProblemException(ProblemType.INVALID_PARAMETER, "by", "problem.invalid-parameter.by",
                        String.join(", ", Arrays.stream(TrainingReportService.Dimension.values())
                                .map(d -> d.name().toLowerCase(Locale.ROOT)).toList()));
            }
        }
        return dimensions;
    }
}
