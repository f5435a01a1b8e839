-- A correction of a weapon's identity is a ledger event of its own, approved by a second person, with what it
-- changed (hashed with the event; absent, and so unhashed, on every earlier event).
alter table custody_event add column details varchar(4000);
alter table custody_event drop constraint ck_custody_event_type;
alter table custody_event add constraint ck_custody_event_type check (type in ('RECEIPT', 'ISSUE', 'RETURN',
    'DISPATCH', 'RECEIVE', 'MOVE', 'REPAIR_OUT', 'REPAIR_BACK', 'LOSS', 'THEFT', 'RECOVERY', 'DESTRUCTION',
    'CONSUMPTION', 'ADJUSTMENT', 'CORRECTION'));
alter table pending_operation drop constraint ck_pending_operation_subject;
alter table pending_operation add constraint ck_pending_operation_subject
    check (subject in ('WEAPONS', 'AMMUNITION', 'WEAPON_RECORD'));
