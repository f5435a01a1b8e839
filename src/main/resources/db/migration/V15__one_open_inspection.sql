-- An inspector inspects a site once at a time: opening it again gives back the inspection open there. The service
-- looks for it first; this index settles two openings sent at the same moment (a double tap), the second refused.
create unique index uq_inspection__site_code on inspection (site_id, opened_by) where status = 'OPEN';
