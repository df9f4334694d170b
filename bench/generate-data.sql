-- Fills the ledger (disclosure_application, with the timelines in application_event) and the appeal
-- table of the benchmark database with synthetic records spread over every agency present in it.
--
-- Expects the session variables
--   @bench_n        number of applications to generate
--   @bench_appeals  number of appeals to generate
--   @bench_first    first day of receipt (DATE; the benchmark's default 2019-01-01)
--   @bench_days     number of days of receipt from it (the benchmark's default 1461: 2019 to 2022)
-- and the schema created by the service's Liquibase changelog, with the agencies already registered
-- and a few applications recorded through the API (tracking numbers BENCH-SEED-*): the identity and
-- phone numbers of the generated applications are copied from those, because the service stores them
-- AES-GCM encrypted with its own key, which SQL cannot produce.
--
-- Every value is derived from SHA-256 of the row number (eight independent 32-bit slices per row), so a
-- run with the same agencies and the same counts produces the same data. Values follow the service's
-- rules: enum names as in Channel, ApplicantType, Outcome, EventType, DeadlineStatus, AppealKind and
-- AppealResult; outcome and concluded_date both NULL or both set; concluded_date >= received_date and
-- never in the future; a unique tracking number per agency; a CONCLUDED event for each conclusion and
-- the stored deadline fields as DeadlineCalculator computes them; version 0; created_at and updated_at
-- set (DATETIME in UTC, during office hours in Asia/Shanghai).

DROP TABLE IF EXISTS bench_weight;
DROP TABLE IF EXISTS bench_slot;

CREATE TABLE bench_weight (
    dim    VARCHAR(20) NOT NULL,
    value  VARCHAR(255) NOT NULL,
    weight INT          NOT NULL
);

-- How often each value occurs, in parts of the dimension's total weight.
INSERT INTO bench_weight (dim, value, weight) VALUES
    ('channel', 'ONLINE', 55), ('channel', 'POST', 20), ('channel', 'IN_PERSON', 15),
    ('channel', 'EMAIL', 5), ('channel', 'FAX', 2), ('channel', 'OTHER', 3),

    ('applicant', 'NATURAL_PERSON', 84), ('applicant', 'COMMERCIAL_ENTERPRISE', 8),
    ('applicant', 'RESEARCH_INSTITUTION', 1), ('applicant', 'SOCIAL_WELFARE_ORGANIZATION', 1),
    ('applicant', 'LEGAL_SERVICE_INSTITUTION', 4), ('applicant', 'OTHER_ORGANIZATION', 2),

    ('outcome', 'GRANTED', 380), ('outcome', 'PARTIALLY_GRANTED', 110),
    ('outcome', 'DENIED_STATE_SECRET', 3), ('outcome', 'DENIED_LAW_PROHIBITED', 8),
    ('outcome', 'DENIED_SECURITY_STABILITY', 4), ('outcome', 'DENIED_THIRD_PARTY_RIGHTS', 20),
    ('outcome', 'DENIED_INTERNAL_AFFAIRS', 15), ('outcome', 'DENIED_PROCESS_INFORMATION', 25),
    ('outcome', 'DENIED_ENFORCEMENT_FILE', 12), ('outcome', 'DENIED_ADMIN_QUERY', 10),
    ('outcome', 'UNAVAILABLE_NOT_HELD', 180), ('outcome', 'UNAVAILABLE_NEEDS_CREATION', 40),
    ('outcome', 'UNAVAILABLE_STILL_UNCLEAR', 25), ('outcome', 'NOT_PROCESSED_COMPLAINT', 45),
    ('outcome', 'NOT_PROCESSED_DUPLICATE', 30), ('outcome', 'NOT_PROCESSED_PUBLICATION', 5),
    ('outcome', 'NOT_PROCESSED_EXCESSIVE', 12), ('outcome', 'NOT_PROCESSED_CONFIRMATION', 10),
    ('outcome', 'OTHER_NO_CORRECTION', 25), ('outcome', 'OTHER_FEE_UNPAID', 3), ('outcome', 'OTHER', 38),

    ('appeal_kind', 'ADMINISTRATIVE_REVIEW', 60), ('appeal_kind', 'LITIGATION_DIRECT', 25),
    ('appeal_kind', 'LITIGATION_AFTER_REVIEW', 15),

    ('appeal_result', 'UPHELD', 70), ('appeal_result', 'CORRECTED', 18), ('appeal_result', 'OTHER', 12);

-- Agencies: a government carries the most applications, then departments, townships, other units.
INSERT INTO bench_weight (dim, value, weight)
SELECT 'agency', CAST(id AS CHAR),
       CASE kind WHEN 'GOVERNMENT' THEN 12 WHEN 'DEPARTMENT' THEN 4 WHEN 'TOWNSHIP' THEN 2 ELSE 1 END
FROM agency;

-- Encrypted identity and phone numbers of the applications recorded through the API.
INSERT INTO bench_weight (dim, value, weight)
SELECT 'cipher_id', applicant_id_number, 1 FROM disclosure_application
WHERE tracking_number LIKE 'BENCH-SEED-%' AND applicant_id_number IS NOT NULL;
INSERT INTO bench_weight (dim, value, weight)
SELECT 'cipher_phone', applicant_phone, 1 FROM disclosure_application
WHERE tracking_number LIKE 'BENCH-SEED-%' AND applicant_phone IS NOT NULL;

-- One row per unit of weight, numbered from 0 within its dimension: value = slot (hash MOD total).
CREATE TABLE bench_slot (
    dim   VARCHAR(20) NOT NULL,
    slot  INT          NOT NULL,
    value VARCHAR(255) NOT NULL,
    PRIMARY KEY (dim, slot)
);
INSERT INTO bench_slot (dim, slot, value)
SELECT w.dim, ROW_NUMBER() OVER (PARTITION BY w.dim ORDER BY w.value, s.seq) - 1, w.value
FROM bench_weight w
JOIN seq_1_to_1000 s ON s.seq <= w.weight;

SELECT COUNT(*) INTO @slots_channel       FROM bench_slot WHERE dim = 'channel';
SELECT COUNT(*) INTO @slots_applicant     FROM bench_slot WHERE dim = 'applicant';
SELECT COUNT(*) INTO @slots_outcome       FROM bench_slot WHERE dim = 'outcome';
SELECT COUNT(*) INTO @slots_agency        FROM bench_slot WHERE dim = 'agency';
SELECT COUNT(*) INTO @slots_appeal_kind   FROM bench_slot WHERE dim = 'appeal_kind';
SELECT COUNT(*) INTO @slots_appeal_result FROM bench_slot WHERE dim = 'appeal_result';
SELECT COUNT(*) INTO @slots_cipher_id     FROM bench_slot WHERE dim = 'cipher_id';
SELECT COUNT(*) INTO @slots_cipher_phone  FROM bench_slot WHERE dim = 'cipher_phone';

SET @bench_last = @bench_first + INTERVAL (@bench_days - 1) DAY;

-- Applications, received from @bench_first to @bench_last (2019-01-01 to 2022-12-31 by default). Of each thousand:
--   850 concluded within 1-20 days, 120 within 21-60 days, 30 within 61-180 days (so those received
--   late in a year are carried into the next one);
--   open (outcome and concluded_date NULL): 12 stale cases of any date, plus 600 of those received
--   in the last 45 days.
INSERT INTO disclosure_application
    (agency_id, tracking_number, received_date, channel, applicant_type, applicant_name, applicant_id_number,
     applicant_phone, applicant_email, applicant_address, subject, outcome, concluded_date, version,
     created_at, updated_at)
SELECT CAST(ag.value AS UNSIGNED),
       CONCAT('BENCH-', YEAR(r.received_date), '-', LPAD(r.seq, 8, '0')),
       r.received_date,
       ch.value,
       ty.value,
       CASE WHEN ty.value = 'NATURAL_PERSON' THEN CONCAT('申请人', r.seq) ELSE CONCAT('申请单位', r.seq) END,
       CASE WHEN r.h_misc % 10 < 8 THEN ci.value END,
       CASE WHEN r.h_misc % 100 DIV 10 < 7 THEN cp.value END,
       CASE WHEN ch.value = 'EMAIL' OR r.h_misc % 10 = 0 THEN CONCAT('applicant', r.seq, '@example.cn') END,
       CASE WHEN ch.value = 'POST' THEN CONCAT('福建省泉州市某区某路', r.h_misc % 500 + 1, '号') END,
       CONCAT('申请公开', YEAR(r.received_date), '年',
              ELT(r.h_misc % 8 + 1, '财政预算执行情况', '征地补偿安置方案', '建设项目环境影响评价文件',
                  '行政处罚决定书', '城市规划许可材料', '拆迁补偿协议', '政府采购合同', '会议纪要')),
       CASE WHEN r.is_open THEN NULL ELSE oc.value END,
       CASE WHEN r.is_open THEN NULL ELSE r.received_date + INTERVAL r.days DAY END,
       0,
       r.received_date + INTERVAL (r.h_misc % 36000) SECOND,
       CASE WHEN r.is_open THEN r.received_date + INTERVAL (r.h_misc % 36000) SECOND
            ELSE r.received_date + INTERVAL r.days DAY + INTERVAL (3600 + r.h_misc % 28800) SECOND END
FROM (
    SELECT d.*,
           (d.h_state % 1000 < 12 OR (d.received_date > @bench_last - INTERVAL 45 DAY AND d.h_state % 1000 < 600)) AS is_open,
           CASE WHEN d.h_state % 1000 < 850 THEN 1 + d.h_days % 20
                WHEN d.h_state % 1000 < 970 THEN 21 + d.h_days % 40
                ELSE 61 + d.h_days % 120 END AS days
    FROM (
        SELECT seq,
               @bench_first + INTERVAL (CONV(SUBSTRING(h, 1, 8), 16, 10) % @bench_days) DAY AS received_date,
               CONV(SUBSTRING(h,  9, 8), 16, 10) AS h_state,
               CONV(SUBSTRING(h, 17, 8), 16, 10) AS h_days,
               CONV(SUBSTRING(h, 25, 8), 16, 10) AS h_agency,
               CONV(SUBSTRING(h, 33, 8), 16, 10) AS h_channel,
               CONV(SUBSTRING(h, 41, 8), 16, 10) AS h_applicant,
               CONV(SUBSTRING(h, 49, 8), 16, 10) AS h_outcome,
               CONV(SUBSTRING(h, 57, 8), 16, 10) AS h_misc
        FROM (SELECT seq, SHA2(CONCAT('application/', seq), 256) AS h
              FROM seq_1_to_100000000 WHERE seq <= @bench_n) s
    ) d
) r
JOIN bench_slot ag ON ag.dim = 'agency'    AND ag.slot = r.h_agency % @slots_agency
JOIN bench_slot ch ON ch.dim = 'channel'   AND ch.slot = r.h_channel % @slots_channel
JOIN bench_slot ty ON ty.dim = 'applicant' AND ty.slot = r.h_applicant % @slots_applicant
JOIN bench_slot oc ON oc.dim = 'outcome'   AND oc.slot = r.h_outcome % @slots_outcome
LEFT JOIN bench_slot ci ON ci.dim = 'cipher_id'    AND ci.slot = (r.h_misc DIV 1000) % @slots_cipher_id
LEFT JOIN bench_slot cp ON cp.dim = 'cipher_phone' AND cp.slot = (r.h_misc DIV 1000) % @slots_cipher_phone;

-- Timelines and stored deadlines, as the service keeps them (DeadlineCalculator with the statutory
-- rules: 20 working days counted from the working day after receipt, on the official calendar loaded
-- by Liquibase into calendar_day; the API-recorded BENCH-SEED-* rows already have theirs):
--   - OTHER_NO_CORRECTION and OTHER_FEE_UNPAID conclude an application whose requested corrections or
--     fee never came: corrections asked for (or a fee notified) 2 days after receipt with a 15-day
--     deadline, concluded 1-10 days after it; the clock stopped on the day of the request;
--   - the other concluded ones: working days used = working days after receipt up to the conclusion;
--     four in five of those that needed more than 20 were extended by 20 (EXTENDED event on the 18th
--     working day); on time when concluded by the due date;
--   - open ones: status OPEN with their due date.
-- Every concluded application gets its CONCLUDED event.

UPDATE disclosure_application
SET concluded_date = received_date + INTERVAL (18 + id % 10) DAY,
    updated_at = concluded_date + INTERVAL (3600 + id % 28800) SECOND
WHERE outcome IN ('OTHER_NO_CORRECTION', 'OTHER_FEE_UNPAID') AND tracking_number NOT LIKE 'BENCH-SEED-%';

-- Every day the data can touch, with its running number of working days.
DROP TABLE IF EXISTS bench_day;
CREATE TABLE bench_day (
    day     DATE    NOT NULL PRIMARY KEY,
    working TINYINT NOT NULL,
    wd      INT     NOT NULL
);
INSERT INTO bench_day (day, working, wd)
SELECT d.day, d.working, SUM(d.working) OVER (ORDER BY d.day)
FROM (
    SELECT s.day,
           CASE c.kind WHEN 'HOLIDAY' THEN 0 WHEN 'MAKEUP_WORKDAY' THEN 1
                ELSE DAYOFWEEK(s.day) NOT IN (1, 7) END AS working
    FROM (SELECT @bench_first + INTERVAL (seq - 1) DAY AS day FROM seq_1_to_100000 WHERE seq <= @bench_days + 400) s
    LEFT JOIN calendar_day c ON c.calendar_date = s.day
) d;
DROP TABLE IF EXISTS bench_workday;
CREATE TABLE bench_workday (
    n   INT  NOT NULL PRIMARY KEY,
    day DATE NOT NULL
);
INSERT INTO bench_workday (n, day) SELECT wd, day FROM bench_day WHERE working = 1;

UPDATE disclosure_application a
JOIN bench_day dr ON dr.day = a.received_date
JOIN bench_day dq ON dq.day = a.received_date + INTERVAL 2 DAY
LEFT JOIN bench_day dc ON dc.day = a.concluded_date
SET a.deadline_status = IF(a.concluded_date IS NULL, 'OPEN', 'CONCLUDED'),
    a.working_days_allowed = IF(a.concluded_date IS NOT NULL
                                AND a.outcome NOT IN ('OTHER_NO_CORRECTION', 'OTHER_FEE_UNPAID')
                                AND dc.wd - dr.wd > 20 AND a.id % 5 <> 0, 40, 20),
    a.working_days_used = CASE WHEN a.concluded_date IS NULL THEN NULL
                               WHEN a.outcome IN ('OTHER_NO_CORRECTION', 'OTHER_FEE_UNPAID') THEN dq.wd - dr.wd
                               ELSE dc.wd - dr.wd END
WHERE a.tracking_number NOT LIKE 'BENCH-SEED-%';

UPDATE disclosure_application a
JOIN bench_day dr ON dr.day = a.received_date
LEFT JOIN bench_workday w ON w.n = dr.wd + a.working_days_allowed
SET a.due_date = IF(a.outcome IN ('OTHER_NO_CORRECTION', 'OTHER_FEE_UNPAID'), NULL, w.day),
    a.concluded_on_time = CASE WHEN a.concluded_date IS NULL THEN NULL
                               WHEN a.outcome IN ('OTHER_NO_CORRECTION', 'OTHER_FEE_UNPAID')
                                   THEN a.working_days_used <= a.working_days_allowed
                               ELSE a.concluded_date <= w.day END
WHERE a.tracking_number NOT LIKE 'BENCH-SEED-%';

INSERT INTO application_event
    (application_id, event_type, event_date, outcome, note, recorded_at, deadline, working_days, approved_by,
     counterpart, fee_amount)
SELECT a.id, IF(a.outcome = 'OTHER_NO_CORRECTION', 'CORRECTION_REQUESTED', 'FEE_NOTICE_SENT'),
       a.received_date + INTERVAL 2 DAY, NULL, NULL, a.received_date + INTERVAL 2 DAY + INTERVAL 3 HOUR,
       a.received_date + INTERVAL 17 DAY, NULL, NULL, NULL,
       IF(a.outcome = 'OTHER_FEE_UNPAID', 100.00, NULL)
FROM disclosure_application a
WHERE a.outcome IN ('OTHER_NO_CORRECTION', 'OTHER_FEE_UNPAID') AND a.tracking_number NOT LIKE 'BENCH-SEED-%'
ORDER BY a.id;

INSERT INTO application_event
    (application_id, event_type, event_date, outcome, note, recorded_at, deadline, working_days, approved_by,
     counterpart, fee_amount)
SELECT a.id, 'EXTENDED', w.day, NULL, '需要进一步检索和核实', w.day + INTERVAL 3 HOUR, NULL, 20, '办公室负责人', NULL, NULL
FROM disclosure_application a
JOIN bench_day dr ON dr.day = a.received_date
JOIN bench_workday w ON w.n = dr.wd + 18
WHERE a.working_days_allowed = 40 AND a.tracking_number NOT LIKE 'BENCH-SEED-%'
ORDER BY a.id;

INSERT INTO application_event
    (application_id, event_type, event_date, outcome, note, recorded_at, deadline, working_days, approved_by,
     counterpart, fee_amount)
SELECT a.id, 'CONCLUDED', a.concluded_date, a.outcome, NULL, a.updated_at, NULL, NULL, NULL, NULL, NULL
FROM disclosure_application a
WHERE a.concluded_date IS NOT NULL AND a.tracking_number NOT LIKE 'BENCH-SEED-%'
ORDER BY a.id;

DROP TABLE bench_workday;
DROP TABLE bench_day;

-- Appeals (行政复议 and 行政诉讼), filed over the same days; PENDING ones (no conclusion
-- date): 50 of each thousand of any date, plus 600 of each thousand filed in the last four months;
-- the others concluded 30-179 days after filing.
INSERT INTO appeal
    (agency_id, case_number, kind, filed_date, result, concluded_date, application_id, version, created_at, updated_at)
SELECT CAST(ag.value AS UNSIGNED),
       CONCAT('BENCH-APPEAL-', LPAD(r.seq, 8, '0')),
       ki.value,
       r.filed_date,
       CASE WHEN r.is_pending THEN 'PENDING' ELSE re.value END,
       CASE WHEN r.is_pending THEN NULL ELSE r.filed_date + INTERVAL (30 + r.h_days % 150) DAY END,
       NULL,
       0,
       r.filed_date + INTERVAL 2 HOUR,
       CASE WHEN r.is_pending THEN r.filed_date + INTERVAL 2 HOUR
            ELSE r.filed_date + INTERVAL (30 + r.h_days % 150) DAY + INTERVAL 3 HOUR END
FROM (
    SELECT d.*, (d.h_state % 1000 < 50 OR (d.filed_date > @bench_last - INTERVAL 122 DAY AND d.h_state % 1000 < 600)) AS is_pending
    FROM (
        SELECT seq,
               @bench_first + INTERVAL (CONV(SUBSTRING(h, 1, 8), 16, 10) % @bench_days) DAY AS filed_date,
               CONV(SUBSTRING(h,  9, 8), 16, 10) AS h_state,
               CONV(SUBSTRING(h, 17, 8), 16, 10) AS h_days,
               CONV(SUBSTRING(h, 25, 8), 16, 10) AS h_agency,
               CONV(SUBSTRING(h, 33, 8), 16, 10) AS h_kind,
               CONV(SUBSTRING(h, 41, 8), 16, 10) AS h_result
        FROM (SELECT seq, SHA2(CONCAT('appeal/', seq), 256) AS h
              FROM seq_1_to_100000000 WHERE seq <= @bench_appeals) s
    ) d
) r
JOIN bench_slot ag ON ag.dim = 'agency'        AND ag.slot = r.h_agency % @slots_agency
JOIN bench_slot ki ON ki.dim = 'appeal_kind'   AND ki.slot = r.h_kind % @slots_appeal_kind
JOIN bench_slot re ON re.dim = 'appeal_result' AND re.slot = r.h_result % @slots_appeal_result;

DROP TABLE bench_slot;
DROP TABLE bench_weight;

ANALYZE TABLE agency, disclosure_application, application_event, appeal;
