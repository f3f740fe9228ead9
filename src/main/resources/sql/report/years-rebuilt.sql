-- The years this run rebuilt, counting every execution of the same run (a restart continues it).
SELECT DISTINCT y
FROM stats.pipeline_run r, unnest(r.years_rebuilt) AS t (y)
WHERE r.job_instance_id = :jobInstanceId
ORDER BY y
