package org.stockpile.site;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/forces")
@Tag(name = "Forces")
public class ForceResource extends CodedRecordResource {

    ForceResource(ForceService service) {
        super(service);
    }
}
