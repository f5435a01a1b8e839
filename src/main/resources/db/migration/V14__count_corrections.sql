-- A custody operation a count asked for, to put its book right where it found a weapon at another storage location
-- (a move) or a lot in another quantity (an adjustment). It is always held for a second person at the site, and is
-- not a clerk's counter operation: the auditor who asks for it needs no clerk's certificate.
alter table pending_operation add column stocktake_id bigint
    constraint fk_pending_operation_stocktake references stocktake (id);
create index ix_pending_operation_stocktake on pending_operation (stocktake_id) where stocktake_id is not null;
