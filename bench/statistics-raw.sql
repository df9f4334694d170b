-- The aggregations behind GET /api/v1/agencies/{code}/statistics/{year}?scope=subtree, written out by
-- hand: StatisticsQuery.LEDGER_SQL, APPEALS_SQL, TIMELINESS_SQL and CHANNEL_SQL with the subtree
-- restriction (JOIN agency g ON g.id = <alias>.agency_id ... WHERE g.tree_path LIKE :treePrefix).
-- The benchmark replaces :yearStart, :yearEnd and :treePrefix with literals ('2021-01-01',
-- '2021-12-31', '/1/%'), which is what the service's JDBC driver sends for the bound parameters.
--
-- The ledger and appeals statements come first, in this order; the rows of all four are compared with
-- the endpoint's tables 三 and 四, its timeliness counts and its channel counts. Every statement of this
-- file is timed as part of one raw run, so when the endpoint runs further aggregations per request,
-- append their subtree form here to keep the comparison like for like.

SELECT a.applicant_type, a.outcome,
       SUM(CASE WHEN a.received_date >= :yearStart THEN 1 ELSE 0 END),
       SUM(CASE WHEN a.received_date < :yearStart THEN 1 ELSE 0 END),
       SUM(CASE WHEN a.concluded_date <= :yearEnd THEN 1 ELSE 0 END),
       SUM(CASE WHEN a.concluded_date IS NULL OR a.concluded_date > :yearEnd THEN 1 ELSE 0 END)
FROM disclosure_application a JOIN agency g ON g.id = a.agency_id
WHERE g.tree_path LIKE :treePrefix
  AND a.received_date <= :yearEnd
  AND (a.concluded_date IS NULL OR a.concluded_date >= :yearStart)
GROUP BY a.applicant_type, a.outcome;

SELECT p.kind,
       CASE WHEN p.concluded_date IS NULL OR p.concluded_date > :yearEnd THEN 'PENDING' ELSE p.result END,
       COUNT(*)
FROM appeal p JOIN agency g ON g.id = p.agency_id
WHERE g.tree_path LIKE :treePrefix
  AND p.filed_date BETWEEN :yearStart AND :yearEnd
GROUP BY p.kind,
       CASE WHEN p.concluded_date IS NULL OR p.concluded_date > :yearEnd THEN 'PENDING' ELSE p.result END;

SELECT a.working_days_used, a.concluded_on_time, COUNT(*)
FROM disclosure_application a JOIN agency g ON g.id = a.agency_id
WHERE g.tree_path LIKE :treePrefix
  AND a.concluded_date BETWEEN :yearStart AND :yearEnd
GROUP BY a.working_days_used, a.concluded_on_time;

SELECT a.channel, COUNT(*)
FROM disclosure_application a JOIN agency g ON g.id = a.agency_id
WHERE g.tree_path LIKE :treePrefix
  AND a.received_date BETWEEN :yearStart AND :yearEnd
GROUP BY a.channel;
