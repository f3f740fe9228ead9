-- The years whose inputs changed in this run, counting every execution of the same run
-- (a restart continues the run that failed).
SELECT DISTINCT y
FROM stats.pipeline_run r, unnest(r.years_changed) AS t (y)
WHERE r.job_instance_id = :jobInstanceId
ORDER BY y
