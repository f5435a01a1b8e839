package org.stockpile.site;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/regions")
@Tag(name = "Regions")
@SecurityRequirement(name = "SecurityScheme")
@APIResponse(responseCode = "401", description = "Not Authorized")
@APIResponse(responseCode = "403", description = "Not Allowed")
public class RegionResource extends CodedRecordResource {

    RegionResource(RegionService service) {
        super(service);
    }
}
