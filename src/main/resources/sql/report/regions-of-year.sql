-- The regions with reports in a year, with their name where the national results give one.
SELECT s.region_code,
       coalesce((SELECT n.region_name FROM stats.national_result n WHERE n.region_code = s.region_code ORDER BY n.year DESC LIMIT 1),
                'Region ' || s.region_code) AS region_name
FROM stats.region_year_summary s
WHERE s.year = :year
ORDER BY s.region_code
