-- One partnership (Northmoor) filled to a realistic size, for the benchmarks that measure pages on
-- it (figures/, lists/). Deterministic: row n is the same on every run (only the dates move with the
-- day it runs). Run with psql -v referrals=N -v drafts=D -v reviews=M -v audit=A.
--
-- * :referrals referrals received over the last 50 days (each with its first submission, a child's
--   initials and its 24-hour forwarding clock, one in six met late, one in ten not met), one in seven
--   still with the business unit, the rest decided with every panel outcome, twelve referrers' agencies;
-- * :drafts drafts in progress (one in four the business manager's, the rest the referrer's);
-- * :reviews reviews opened on the first referrals (half Rapid Reviews, half local case reviews, a
--   quarter completed);
-- * audit rows, so that the trail holds at least :audit of the benchmark's own over the last year
--   (audit_event is append-only, so they are added up to the number, never replaced; the product
--   seals them, in the chain's order, when the trail is next verified, as it would rows of its own).
--
-- Rows are the benchmark's own ("bench-" ids) and replaced on each run; every column the product
-- requires is filled as the product fills it.
SET search_path TO tenant_northmoor;

DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM clock_rule_set) OR NOT EXISTS (SELECT 1 FROM calendar_version) THEN
    RAISE EXCEPTION 'Northmoor has no clock rules or calendar yet: the benchmark opens the clock settings first';
  END IF;
END $$;

-- The notices the product's own sweeps sent about these clocks go with them. (Anything a person did to
-- the benchmark's records on a running product, a vote say, stops the refill: start on a fresh database.)
DELETE FROM clock_notice WHERE clock_id IN (SELECT id FROM tracked_clock WHERE subject_id LIKE 'bench-%');
DELETE FROM tracked_clock WHERE subject_id LIKE 'bench-%';
DELETE FROM review_stage_transition WHERE review_id LIKE 'bench-%';
DELETE FROM review WHERE id LIKE 'bench-%';
DELETE FROM referral_submission WHERE referral_id LIKE 'bench-%';
DELETE FROM referral_child WHERE referral_id LIKE 'bench-%';
DELETE FROM referral WHERE id LIKE 'bench-%';

INSERT INTO referral (id, status, kind, incident_date, summary, created_by, created_at, updated_at, version,
                      content_json, reference, submitted_at, outcome, threshold_version)
SELECT 'bench-ref-' || g,
       CASE WHEN g % 7 = 0 THEN 'SUBMITTED' ELSE 'DECIDED' END,
       CASE WHEN g % 9 = 0 THEN 'GOOD_OUTCOME' ELSE 'PRACTICE_REVIEW' END,
       current_date - 60, 'Benchmark referral ' || g, 'nm.referrer',
       now() - (g % 1200) * interval '1 hour', now(), 0,
       '{"referrer":{"name":"Referrer ' || g || '","agency":"Agency ' || (g % 12) || '"}}',
       'BENCH-' || lpad(g::text, 5, '0'), now() - (g % 1200) * interval '1 hour',
       CASE WHEN g % 7 = 0 THEN NULL
            WHEN g % 9 = 0 THEN 'GOOD_OUTCOME_REVIEW'
            ELSE (ARRAY['COMMENCE_RAPID_REVIEW', 'LOCAL_CASE_REVIEW', 'NO_REVIEW', 'INDIVIDUAL_AGENCY_REVIEW',
                        'INCOMPLETE_RETURN_TO_REFERRER'])[1 + g % 5] END,
       1
FROM generate_series(1, :referrals) g;

INSERT INTO referral (id, status, kind, incident_date, summary, created_by, created_at, updated_at, version,
                      content_json)
SELECT 'bench-draft-' || g, 'DRAFT', 'PRACTICE_REVIEW', current_date - 20, 'Benchmark draft ' || g,
       CASE WHEN g % 4 = 0 THEN 'nm.manager' ELSE 'nm.referrer' END,
       now() - (g % 500) * interval '1 hour', now() - (g % 500) * interval '1 hour', 0,
       '{"referrer":{"name":"Referrer ' || g || '","agency":"Agency ' || (g % 12) || '"}}'
FROM generate_series(1, :drafts) g;

INSERT INTO referral_child (id, referral_id, position, initials)
SELECT 'bench-child-' || substring(id FROM 7), id, 0,
       chr(65 + abs(hashtext(id)) % 26) || chr(65 + abs(hashtext(id || 'x')) % 26)
FROM referral WHERE id LIKE 'bench-%';

INSERT INTO referral_submission (referral_id, position, submitted_at, submitted_by, child_initials, incident_date,
                                 summary)
SELECT id, 0, submitted_at, 'nm.referrer', 'AB', incident_date, summary FROM referral WHERE id LIKE 'bench-ref-%';

INSERT INTO review (id, row_version, reference, kind, kind_version, stage, referral_id, referral_reference,
                    threshold_version, opened_at, opened_by)
SELECT 'bench-rev-' || g, 0, 'BENCH-R-' || lpad(g::text, 5, '0'),
       CASE WHEN g % 2 = 0 THEN 'LOCAL_CASE_REVIEW' ELSE 'RAPID_REVIEW' END, 1,
       CASE WHEN g % 2 = 0 THEN (CASE WHEN g % 4 = 0 THEN 'completed' ELSE 'review' END) ELSE 'gathering' END,
       'bench-ref-' || g, 'BENCH-' || lpad(g::text, 5, '0'), 1, now() - (g % 1200) * interval '1 hour', 'nm.manager'
FROM generate_series(1, :reviews) g;

INSERT INTO review_stage_transition (id, review_id, from_stage, exit_key, to_stage, at, by_whom, reason)
SELECT 'bench-move-' || g, 'bench-rev-' || g, 'review', 'completed', 'completed',
       now() - (g % 1200) * interval '1 hour' + interval '30 minutes', 'nm.manager', 'Benchmark'
FROM generate_series(1, :reviews) g WHERE g % 4 = 0;

INSERT INTO tracked_clock (id, row_version, subject_type, subject_id, subject_label, owner_name, rule_key, rule_version,
                           calendar_version, started_at, state, met_at, due_by)
SELECT gen_random_uuid()::text, 0, 'referral', r.id, r.reference, 'Business unit', 'forward-to-panel',
       (SELECT max(version) FROM clock_rule_set), (SELECT max(version) FROM calendar_version), r.submitted_at,
       CASE WHEN n % 10 = 0 THEN 'RUNNING' ELSE 'MET' END,
       CASE WHEN n % 10 = 0 THEN NULL WHEN n % 6 = 0 THEN r.submitted_at + interval '30 hours'
            ELSE r.submitted_at + interval '5 hours' END,
       r.submitted_at + interval '24 hours'
FROM (SELECT id, reference, submitted_at, substring(id FROM 11)::int AS n FROM referral WHERE id LIKE 'bench-ref-%') r;

-- The trail: reads, lists and changes of the benchmark's records by the partnership's people, spread
-- over the last year, one in fifty refused. Only the rows still missing are added.
INSERT INTO audit_event (id, occurred_at, tenant_slug, actor, action, record_type, record_id, outcome, detail)
SELECT 'bench-audit-' || g,
       now() - interval '365 days' + (g::double precision / :audit) * interval '364 days',
       'northmoor',
       (ARRAY['nm.manager', 'nm.referrer', 'nm.panel', 'nm.reviewer', 'nm.executive'])[1 + g % 5],
       (ARRAY['VIEW', 'LIST', 'UPDATE', 'VIEW', 'CREATE'])[1 + g % 5],
       CASE WHEN g % 3 = 0 THEN 'review' ELSE 'referral' END,
       CASE WHEN g % 3 = 0 THEN 'bench-rev-' || (1 + g % greatest(:reviews, 1))
            ELSE 'bench-ref-' || (1 + g % greatest(:referrals, 1)) END,
       CASE WHEN g % 50 = 0 THEN 'DENIED' ELSE 'ALLOWED' END,
       'Benchmark audit row ' || g
FROM generate_series(1, :audit) g
WHERE NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.id = 'bench-audit-' || g);

-- As autovacuum would have done by now on a partnership that grew to this size over a year: the
-- planner's statistics and the visibility map reflect the rows (otherwise the first minutes of a
-- benchmark measure stale plans, not the product).
VACUUM ANALYZE referral, referral_child, referral_submission, review, review_stage_transition, tracked_clock,
  audit_event;
