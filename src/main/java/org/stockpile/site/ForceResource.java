package org.stockpile.site;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/forces")
@Tag(name = "Forces", description = "Security forces that hold stockpiles (national list)")
@SecurityRequirement(name = "SecurityScheme")
public class ForceResource extends CodedRecordResource {

    ForceResource(ForceService service) {
        super(service);
    }
}
