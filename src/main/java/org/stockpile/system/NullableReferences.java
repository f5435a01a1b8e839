package org.stockpile.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * A field that may be null and whose type is a shared schema (a date, a UUID, a state) is described by the generator as
 * "that schema, or null". OpenAPI 3.0, the version the document is published in, can only say it as "that schema, and
 * nullable", which its rules read as never null. Such a field gets the shared schema written out in place, with null
 * among its types (and among its values, for an enumeration), so that the document says what the API answers.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NullableReferences implements OASFilter {

    private static final String PREFIX = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        Map<String, Schema> shared = document.getComponents().getSchemas();
        shared.values().stream().filter(schema -> schema.getProperties() != null)
                .flatMap(schema -> schema.getProperties().values().stream())
                .forEach(field -> writeOut(field, shared));
    }

    private static void writeOut(Schema field, Map<String, Schema> shared) {
        List<Schema> choices = field.getAnyOf();
        if (choices == null || choices.size() != 2 || choices.stream().noneMatch(NullableReferences::isNull)) {
            return;
        }
        Schema referenced = choices.stream().filter(choice -> choice.getRef() != null).findFirst()
                .map(choice -> shared.get(choice.getRef().substring(PREFIX.length()))).orElse(null);
        if (referenced == null || referenced.getType() == null) {
            return;
        }
        Map<String, Object> inPlace = new LinkedHashMap<>(referenced.getAll());
        field.getAll().forEach((name, value) -> {
            if (!"anyOf".equals(name) && !"type".equals(name)) {
                inPlace.put(name, value);
            }
        });
        List<Schema.SchemaType> types = new ArrayList<>(referenced.getType());
        types.add(Schema.SchemaType.NULL);
        inPlace.put("type", types);
        if (referenced.getEnumeration() != null) {
            List<Object> values = new ArrayList<>(referenced.getEnumeration());
            values.add(null);
            inPlace.put("enum", values);
        }
        field.setAll(inPlace);
    }

    private static boolean isNull(Schema choice) {
        return choice.getType() != null && choice.getType().equals(List.of(Schema.SchemaType.NULL));
    }
}
