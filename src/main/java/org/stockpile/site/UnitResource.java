package org.stockpile.site;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/units")
@Tag(name = "Units", description = "Formations that draw ammunition as a body (national list)")
@SecurityRequirement(name = "SecurityScheme")
public class UnitResource extends CodedRecordResource {

    UnitResource(UnitService service) {
        super(service);
    }
}
