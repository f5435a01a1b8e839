package org.stockpile.site;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/regions")
@Tag(name = "Regions", description = "Administrative regions sites are grouped by (national list)")
@SecurityRequirement(name = "SecurityScheme")
public class RegionResource extends CodedRecordResource {

    RegionResource(RegionService service) {
        super(service);
    }
}
