-- Every expected or reporting OPD of some regions of a year with each of its innovations (none for
-- a silent OPD): whether it meets the standard, what each failing element found, its fix priority.
-- In region, OPD and id order, read through a cursor as the OPD pages are written. Every table is
-- read for the group's regions (the filter is written on each: the planner does not carry it over
-- a join) and joined by hash (YearReport.prepareReads), then the silent OPDs: linear in a region's
-- size however many OPDs it has.
SELECT c.region_code, c.opd_code, c.opd_name, c.expected, c.expected_source, c.reported, c.qualified, c.status,
       i.innovation_id, i.title, i.stage, a.qualified AS innovation_qualified, a.failed_elements, a.failed_findings,
       a.maturity_score, f.priority, f.fix_gain
FROM stats.innovation i
JOIN stats.innovation_assessment a ON a.year = i.year AND a.region_code = i.region_code AND a.innovation_id = i.innovation_id
JOIN stats.opd_coverage c ON c.year = i.year AND c.region_code = i.region_code AND c.opd_code = i.opd_code
LEFT JOIN stats.fix_priority f ON f.year = i.year AND f.region_code = i.region_code AND f.innovation_id = i.innovation_id
      AND f.region_code = ANY (CAST(:regions AS text[]))
WHERE i.year = :year AND i.region_code = ANY (CAST(:regions AS text[]))
  AND a.region_code = ANY (CAST(:regions AS text[])) AND c.region_code = ANY (CAST(:regions AS text[]))
UNION ALL
SELECT c.region_code, c.opd_code, c.opd_name, c.expected, c.expected_source, c.reported, c.qualified, c.status,
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
FROM stats.opd_coverage c
WHERE c.year = :year AND c.region_code = ANY (CAST(:regions AS text[])) AND c.reported = 0
ORDER BY 1, 2, 9
