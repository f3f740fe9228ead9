-- The regions with reports in a year, with their name where the national results give one
-- (the latest year's name).
SELECT s.region_code, coalesce(n.region_name, 'Region ' || s.region_code) AS region_name, s.reported
FROM stats.region_year_summary s
LEFT JOIN (SELECT DISTINCT ON (region_code) region_code, region_name
           FROM stats.national_result
           ORDER BY region_code, year DESC) n ON n.region_code = s.region_code
WHERE s.year = :year
ORDER BY s.region_code
