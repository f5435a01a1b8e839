-- A loss or theft report names ammunition too: each lot and the quantity lost, taken out of the site's store by an
-- ammunition custody operation of its own (held for a second person, or carried out), beside the weapons' one. A
-- report names weapons, lots or both, so each operation is there only for what the report names.
create table loss_report_lot (
    loss_report_id      bigint not null constraint fk_loss_report_lot_report references loss_report (id),
    lot_id              bigint not null constraint fk_loss_report_lot_lot references ammunition_lot (id),
    quantity            bigint not null constraint ck_loss_report_lot_quantity check (quantity > 0),
    primary key (loss_report_id, lot_id)
);
create index ix_loss_report_lot on loss_report_lot (lot_id);
create trigger loss_report_lot_kept before update or delete on loss_report_lot
    for each row execute function loss_report_is_kept();

alter table loss_report
    add column ammunition_pending_operation_id uuid
        constraint fk_loss_report_ammunition_pending references pending_operation (id),
    add column ammunition_operation_id uuid;
create unique index ux_loss_report_ammunition_pending on loss_report (ammunition_pending_operation_id);
alter table loss_report drop constraint ck_loss_report_operation;
-- Each operation held or carried out, not both; and the report takes something off the book.
alter table loss_report add constraint ck_loss_report_operation check (
    (pending_operation_id is null or operation_id is null)
    and (ammunition_pending_operation_id is null or ammunition_operation_id is null)
    and num_nonnulls(pending_operation_id, operation_id, ammunition_pending_operation_id,
                     ammunition_operation_id) > 0);
