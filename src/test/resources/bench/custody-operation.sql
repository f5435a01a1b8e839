-- One custody operation at the counter, as the service's transaction does it (issue or return of one weapon by
-- its tag and the soldier's badge), for pgbench: the physical limit the service is measured against.
-- pgbench_weapon (n, id, site_id, person_id) lists the weapons the run may use; it is made by the benchmark.
\set n random(1, :weapons)
\set k random(1, 1000000000000)
SELECT id AS wid, site_id AS sid, person_id AS pid FROM pgbench_weapon WHERE n = :n \gset
BEGIN;
-- Claim the Idempotency-Key.
INSERT INTO idempotent_request (principal, idempotency_key, request_hash)
    VALUES ('pgbench', :client_id || '-' || :k, md5(:k::text)) ON CONFLICT DO NOTHING;
-- Lock the scanned weapon, resolve the badge and the site (scope check).
SELECT id, state, site_id, holder_id, version FROM weapon WHERE id = :wid::bigint FOR UPDATE;
SELECT id, site_id, status FROM person WHERE id = :pid::bigint;
SELECT id, region_id, kind FROM site WHERE id = :sid::bigint;
-- Lock the head of the site's chain, append the event with its hash link, move the head.
INSERT INTO site_chain (site_id, last_seq, last_hash) VALUES (:sid::bigint, 0, repeat('0', 64)) ON CONFLICT DO NOTHING;
SELECT last_seq, last_hash FROM site_chain WHERE site_id = :sid::bigint FOR UPDATE;
INSERT INTO custody_event (operation_id, site_id, site_seq, type, weapon_id, from_state, to_state, person_id,
        requested_by, server_time, device_id, previous_hash, hash)
    SELECT gen_random_uuid(), :sid::bigint, c.last_seq + 1,
        CASE w.state WHEN 'ISSUED' THEN 'RETURN' ELSE 'ISSUE' END, :wid::bigint, w.state,
        CASE w.state WHEN 'ISSUED' THEN 'IN_STORE' ELSE 'ISSUED' END, :pid::bigint, 'pgbench', now(), 'counter',
        c.last_hash,
        encode(sha256(convert_to(concat_ws(E'\n', 'v=1', 'site=' || :sid::bigint, 'seq=' || (c.last_seq + 1),
            'weapon=' || :wid::bigint, 'from=' || w.state, 'person=' || :pid::bigint, 'requestedBy=pgbench', 'serverTime=' || now(),
            'deviceId=counter', 'previous=' || c.last_hash), 'UTF8')), 'hex')
    FROM site_chain c, weapon w WHERE c.site_id = :sid::bigint AND w.id = :wid::bigint;
UPDATE site_chain c SET last_seq = e.site_seq, last_hash = e.hash
    FROM custody_event e WHERE c.site_id = :sid::bigint AND e.site_id = :sid::bigint AND e.site_seq = c.last_seq + 1;
-- Move the weapon: out to the soldier, or back in store.
UPDATE weapon SET state = CASE state WHEN 'ISSUED' THEN 'IN_STORE' ELSE 'ISSUED' END,
        holder_id = CASE state WHEN 'ISSUED' THEN NULL ELSE :pid::bigint END, version = version + 1, updated_at = now()
    WHERE id = :wid::bigint;
-- Keep the answer for replays.
UPDATE idempotent_request SET response_status = 200, response_body = '{"status":"DONE"}'
    WHERE principal = 'pgbench' AND idempotency_key = :client_id || '-' || :k;
END;
