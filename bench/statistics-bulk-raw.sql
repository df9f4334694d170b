-- The best hand-written SQL for GET /api/v1/statistics/{year} of an admin (every agency): the baseline of
-- the bulk pull. The endpoint first reads every agency and, per agency, the count, summed versions and
-- latest change of its applications and appeal cases (its ETag, and what updatedSince selects by), then
-- tables 三 and 四 of every agency, grouped by agency. The benchmark replaces the parameters as in
-- statistics-raw.sql (:agencyIds: every agency) and checks each plan; the ledger statement's rows give the
-- compared sum of 本年新收.

-- MariaDB turns an IN list of 1000 values or more into a join with a derived table and then reads the
-- whole index; the session setting keeps it a list of index ranges (the service sends at most 500 ids per
-- statement instead, which also suits MySQL 8, where this setting does not exist).
SET SESSION in_predicate_conversion_threshold = 0;

-- name: agencies
SELECT g.id, g.code, g.name, g.kind, p.code, g.version, g.updated_at
FROM agency g LEFT JOIN agency p ON p.id = g.parent_id
ORDER BY g.code;

-- name: changes-applications
SELECT r.agency_id, COUNT(*), SUM(r.version), MAX(r.updated_at)
FROM disclosure_application r FORCE INDEX (ix_application_changes)
GROUP BY r.agency_id;

-- name: changes-appeals
SELECT r.agency_id, COUNT(*), SUM(r.version), MAX(r.updated_at)
FROM appeal r FORCE INDEX (ix_appeal_changes)
GROUP BY r.agency_id;

-- name: ledger-new
SELECT a.agency_id, CAST(a.applicant_type AS BINARY), CAST(a.outcome AS BINARY),
       SUM(a.received_year = :year), SUM(a.received_year < :year),
       SUM(a.concluded_date <= :yearEnd), SUM(a.concluded_date IS NULL OR a.concluded_date > :yearEnd)
FROM disclosure_application a FORCE INDEX (ix_application_year_ledger)
WHERE a.agency_id IN (:agencyIds) AND a.received_year = :year
GROUP BY 1, 2, 3 ORDER BY NULL;

-- name: ledger-carried
SELECT a.agency_id, CAST(a.applicant_type AS BINARY), CAST(a.outcome AS BINARY),
       SUM(a.received_year = :year), SUM(a.received_year < :year),
       SUM(a.concluded_date <= :yearEnd), SUM(a.concluded_date IS NULL OR a.concluded_date > :yearEnd)
FROM disclosure_application a FORCE INDEX (ix_application_year_carried)
WHERE (a.received_year IN (:earlierYears) OR a.received_year < :firstListedYear)
  AND (a.concluded_date IS NULL OR a.concluded_date >= :yearStart)
  AND a.agency_id IN (:agencyIds)
GROUP BY 1, 2, 3 ORDER BY NULL;

-- name: appeals
SELECT p.agency_id, CAST(p.kind AS BINARY),
       IF(p.concluded_date IS NULL OR p.concluded_date > :yearEnd, 'PENDING', p.result), COUNT(*)
FROM appeal p FORCE INDEX (ix_appeal_filed_result)
WHERE p.agency_id IN (:agencyIds) AND p.filed_date BETWEEN :yearStart AND :yearEnd
GROUP BY 1, 2, 3 ORDER BY NULL;
