-- The best hand-written SQL for the figures of GET /api/v1/agencies/{code}/statistics/{year}?scope=subtree:
-- the baseline the endpoint is measured against. Each statement names the covering index it must read
-- (FORCE INDEX) and the benchmark checks with EXPLAIN that it reads that index alone ("Using index", no
-- table look-up); it stops when a plan does not.
--
-- The benchmark replaces :agencyIds with the subtree's agency ids (read from the agency table), :year,
-- :yearStart and :yearEnd with the year and its first and last day, :earlierYears with the years
-- 2007 … :year - 1 and :firstListedYear with 2007, as literals.
--
-- Each statement starts with "-- name: …" on the line before it, which the benchmark prints with its plan
-- and time. The first three are the ledger (new in the year, carried over into it) and the appeals
-- aggregations, in this order; the rows of all five are compared with the endpoint's tables 三 and 四, its
-- timeliness counts and its channel counts.
--
-- Why this shape (bench/README.md): the ledger needs the applications received in the year and those
-- carried over into it. The year's are one range per agency on (agency_id, received_year, …). The carried-over
-- ones, "received in an earlier year and concluded on or after 1 January or still open", are two ranges per
-- earlier receipt year on (received_year, concluded_date, agency_id, …), over every agency: a listed year and
-- the conclusion date both bound the scan, so no later year's and no earlier year's concluded rows are read.
-- The enum columns are grouped by their bytes: with the columns' case-insensitive collation, grouping costs
-- several times the reading.

-- name: ledger-new
SELECT CAST(a.applicant_type AS BINARY), CAST(a.outcome AS BINARY),
       SUM(a.received_year = :year), SUM(a.received_year < :year),
       SUM(a.concluded_date <= :yearEnd), SUM(a.concluded_date IS NULL OR a.concluded_date > :yearEnd)
FROM disclosure_application a FORCE INDEX (ix_application_year_ledger)
WHERE a.agency_id IN (:agencyIds) AND a.received_year = :year
GROUP BY 1, 2 ORDER BY NULL;

-- name: ledger-carried
SELECT CAST(a.applicant_type AS BINARY), CAST(a.outcome AS BINARY),
       SUM(a.received_year = :year), SUM(a.received_year < :year),
       SUM(a.concluded_date <= :yearEnd), SUM(a.concluded_date IS NULL OR a.concluded_date > :yearEnd)
FROM disclosure_application a FORCE INDEX (ix_application_year_carried)
WHERE (a.received_year IN (:earlierYears) OR a.received_year < :firstListedYear)
  AND (a.concluded_date IS NULL OR a.concluded_date >= :yearStart)
  AND a.agency_id IN (:agencyIds)
GROUP BY 1, 2 ORDER BY NULL;

-- name: appeals
SELECT CAST(p.kind AS BINARY),
       IF(p.concluded_date IS NULL OR p.concluded_date > :yearEnd, 'PENDING', p.result), COUNT(*)
FROM appeal p FORCE INDEX (ix_appeal_filed_result)
WHERE p.agency_id IN (:agencyIds) AND p.filed_date BETWEEN :yearStart AND :yearEnd
GROUP BY 1, 2 ORDER BY NULL;

-- name: timeliness
SELECT a.working_days_used, a.concluded_on_time, COUNT(*)
FROM disclosure_application a FORCE INDEX (ix_application_concluded_timeliness)
WHERE a.agency_id IN (:agencyIds) AND a.concluded_date BETWEEN :yearStart AND :yearEnd
GROUP BY 1, 2 ORDER BY NULL;

-- name: channels
SELECT CAST(a.channel AS BINARY), COUNT(*)
FROM disclosure_application a FORCE INDEX (ix_application_received_channel)
WHERE a.agency_id IN (:agencyIds) AND a.received_date BETWEEN :yearStart AND :yearEnd
GROUP BY 1 ORDER BY NULL;
