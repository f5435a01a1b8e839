-- A request held for a second person keeps what it was made against (the weapons' versions, the quantities it
-- moves), so that an approval finds every item as it was or is refused; a requester may withdraw a request.
alter table pending_operation add column held_against text;
alter table pending_operation drop constraint ck_pending_operation_status;
alter table pending_operation add constraint ck_pending_operation_status
    check (status in ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN'));
create index ix_pending_operation_requester on pending_operation (requested_by, status);
