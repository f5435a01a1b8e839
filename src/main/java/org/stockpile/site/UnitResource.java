package org.stockpile.site;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/units")
@Tag(name = "Units", description = "Formations that draw ammunition as a body (national list)")
@SecurityRequirement(name = "SecurityScheme")
@APIResponse(responseCode = "401", description = "Not Authorized")
@APIResponse(responseCode = "403", description = "Not Allowed")
public class UnitResource extends CodedRecordResource {

    UnitResource(UnitService service) {
        super(service);
    }
}
