package id.inovasi.stats.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.inovasi.stats.database.SqlFiles;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who holds each innovation key, as one batch of reports files sees it: what the database held
 * when the batch began (read once per region and year that the batch touches, and only for the
 * region-years that held rows), changed by the batch's earlier files as they load. An
 * innovation belongs to one OPD a year, so a key held by another OPD is held back (see
 * {@link ReportLoader}).
 *
 * <p>Lives for one ingest step (a rolled-back batch drops it); {@link #batchCommitted} ends a batch.
 */
final class KeyOwners {

    /** A key a file loaded, to be owned by that file's OPD for the rest of the batch. */
    record LoadedKey(RegionYear regionYear, String innovationId, String opdCode) {
    }

    private final JdbcClient jdbc;
    private final SqlFiles sql;
    private Set<RegionYear> held;
    private final Set<RegionYear> touchedByBatch = new HashSet<>();
    private final Map<RegionYear, Map<String, KeyOwner>> owners = new HashMap<>();

    KeyOwners(JdbcClient jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** The OPD and file that hold the key now, or null when it is free. */
    KeyOwner ownerOf(RegionYear regionYear, String innovationId) {
        Map<String, KeyOwner> keys = owners.get(regionYear);
        if (keys == null) {
            keys = heldBefore(regionYear) ? load(regionYear) : new HashMap<>();
            owners.put(regionYear, keys);
        }
        return keys.get(innovationId);
    }

    /** Whether rows of this region and year may exist before the file being read: committed, or loaded earlier in the batch. */
    boolean heldBefore(RegionYear regionYear) {
        return held().contains(regionYear) || touchedByBatch.contains(regionYear);
    }

    /** A file of the batch loaded: its OPD-years replace what earlier files said, its keys are its OPDs' now. */
    void fileLoaded(long fileId, String path, Set<OpdYear> opdYears, List<LoadedKey> keys) {
        for (OpdYear opdYear : opdYears) {
            Map<String, KeyOwner> keysOfYear = owners.get(opdYear.regionYear());
            if (keysOfYear != null) {
                keysOfYear.values().removeIf(owner -> owner.opdCode().equals(opdYear.opdCode()));
            }
            touchedByBatch.add(opdYear.regionYear());
        }
        for (LoadedKey key : keys) {
            owners.computeIfAbsent(key.regionYear(), k -> new HashMap<>()).put(key.innovationId(), new KeyOwner(key.opdCode(), fileId, path));
        }
    }

    /** The batch is committed: the region-years it wrote are held from now on; owners are read again when needed. */
    void batchCommitted(Set<RegionYear> written) {
        held().addAll(written);
        touchedByBatch.clear();
        owners.clear();
    }

    private Set<RegionYear> held() {
        if (held == null) {
            held = new HashSet<>(jdbc.sql(sql.get("ingest/reports-region-years"))
                    .query((rs, n) -> new RegionYear(rs.getInt("year"), rs.getString("region_code"))).list());
        }
        return held;
    }

    private Map<String, KeyOwner> load(RegionYear regionYear) {
        Map<String, KeyOwner> keys = new HashMap<>();
        jdbc.sql(sql.get("ingest/reports-key-owners"))
                .param("year", regionYear.year())
                .param("regionCode", regionYear.regionCode())
                .query(rs -> {
                    keys.put(rs.getString("innovation_id"), new KeyOwner(rs.getString("opd_code"), rs.getLong("file_id"), rs.getString("path")));
                });
        return keys;
    }
}
