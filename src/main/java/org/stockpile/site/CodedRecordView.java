package org.stockpile.site;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stockpile.system.RegistryRecord;

public record CodedRecordView(Long id, String code, String name, RegistryRecord.Status status,
        @Schema(nullable = true) String retiredReason, long version) {

    static CodedRecordView of(CodedRecord record) {
        return new CodedRecordView(record.id, record.code, record.name, record.status, record.retiredReason,
                record.version);
    }
}
