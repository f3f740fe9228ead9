-- Files none of whose rows is current any more become 'superseded', naming the file that
-- replaced them (the latest, where several did). :losers[i] lost rows to :winners[i].
UPDATE stats.source_file f
SET status = 'superseded',
    superseded_at = now(),
    message = concat_ws('; ', f.message, 'superseded by ' || w.path)
FROM (SELECT loser, max(winner) AS winner
      FROM unnest(CAST(:losers AS bigint[]), CAST(:winners AS bigint[])) AS s (loser, winner)
      GROUP BY loser) s
JOIN stats.source_file w ON w.file_id = s.winner
WHERE f.file_id = s.loser
  AND f.status = 'loaded'
  AND (f.kind <> 'reports' OR NOT EXISTS (SELECT 1 FROM stats.innovation i WHERE i.file_id = f.file_id))
  AND (f.kind <> 'national' OR NOT EXISTS (SELECT 1 FROM stats.national_result n WHERE n.file_id = f.file_id))
  AND (f.kind <> 'capacity' OR NOT EXISTS (SELECT 1 FROM stats.region_capacity c WHERE c.file_id = f.file_id))
  AND (f.kind <> 'opd' OR NOT EXISTS (SELECT 1 FROM stats.opd_roster r WHERE r.file_id = f.file_id))
RETURNING f.file_id
