package org.stockpile.site;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.transaction.Transactional;

import org.stockpile.security.CurrentUser;
import org.stockpile.system.Messages;
import org.stockpile.system.RecordValidator;
import org.stockpile.system.paging.Filter;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;
import org.stockpile.system.problem.ProblemException;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** The rules shared by national code lists (forces, regions, units): unique immutable codes, national visibility. */
public abstract class CodedRecordService<E extends CodedRecord> {

    private static final Map<String, String> SORTABLE = Map.of("id", "id", "code", "code", "name", "name", "status", "status");

    private final PanacheRepository<E> repository;
    private final Supplier<E> factory;
    private final Messages.Key recordKind;
    private final RecordValidator validator;
    private final CurrentUser user;

    /** For the CDI client proxy of a subclass, which delegates every call to the real instance. */
    protected CodedRecordService() {
        this(null, null, null, null, null);
    }

    protected CodedRecordService(PanacheRepository<E> repository, Supplier<E> factory, String recordKindKey,
            RecordValidator validator, CurrentUser user) {
        this.repository = repository;
        this.factory = factory;
        this.recordKind = new Messages.Key(recordKindKey);
        this.validator = validator;
        this.user = user;
    }

    public Page<CodedRecordView> list(String query, CodedRecord.Status status, PageRequest page) {
        Filter filter = new Filter().contains(query, "code", "name").equal("status", status);
        return Page.of(repository.find(filter.query(), page.toSort(SORTABLE, "code"), filter.parameters()), page,
                CodedRecordView::of);
    }

    public CodedRecordView get(long id) {
        return CodedRecordView.of(find(id));
    }

    /** The active record with this code, for references from other records; 422 when there is none. */
    public E requireActiveByCode(String field, String code) {
        E record = code == null ? null : repository.find("code", code).firstResult();
        if (record == null || !record.isActive()) {
            throw ProblemException.unknownReference(field, code);
        }
        return record;
    }

    @Transactional
    public CodedRecordView create(CodedRecordRequest request) {
        E record = factory.get();
        record.code = request.code();
        record.name = request.name();
        validator.requireValid(record);
        if (repository.count("code", record.code) > 0) {
            throw ProblemException.duplicate("code", record.code);
        }
        repository.persistAndFlush(record);
        return CodedRecordView.of(record);
    }

    @Transactional
    public CodedRecordView update(long id, CodedRecordRequest request) {
        E record = find(id);
        record.requireEditable(request.version());
        if (request.code() != null && !request.code().equals(record.code)) {
            throw ProblemException.rule("code", "problem.rule-violation.code-immutable");
        }
        record.name = request.name();
        validator.requireValid(record);
        repository.flush();
        return CodedRecordView.of(record);
    }

    @Transactional
    public CodedRecordView retire(long id, String reason) {
        E record = find(id);
        record.retire(reason, user.name());
        repository.flush();
        return CodedRecordView.of(record);
    }

    private E find(long id) {
        return repository.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(recordKind, id));
    }
}
