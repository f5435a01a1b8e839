package org.stockpile.site;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/regions")
@Tag(name = "Regions")
public class RegionResource extends CodedRecordResource {

    RegionResource(RegionService service) {
        super(service);
    }
}
