package id.inovasi.stats.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code stats.source_file} says of the files seen before, held for one ingest step so that
 * an unchanged file costs its hash and no query: which path had which content, which content was
 * read first under which path (a later byte-identical copy is a duplicate), which links were
 * refused. Grows with the number of files (tens of thousands at national scale), never with rows.
 */
final class RecordedFiles {

    /** The first file read with some content: what a duplicate names. */
    record FirstRead(long fileId, String path) {
    }

    private record PathContent(String path, String sha256) {
    }

    private final Set<PathContent> seen = new HashSet<>();
    private final Set<String> refusedPaths = new HashSet<>();
    private final Map<String, FirstRead> firstRead = new HashMap<>();

    RecordedFiles(List<SourceFiles.Recorded> recorded) {
        recorded.forEach(r -> add(r.fileId(), r.path(), r.sha256(), r.status()));
    }

    void add(long fileId, String path, String sha256, String status) {
        if (sha256 == null) {
            refusedPaths.add(path);
            return;
        }
        seen.add(new PathContent(path, sha256));
        if (!"duplicate".equals(status)) {
            firstRead.putIfAbsent(sha256, new FirstRead(fileId, path));
        }
    }

    /** A file first recorded without its id (before its batch's ids were taken) gets it. */
    void assignId(String sha256, long fileId) {
        firstRead.computeIfPresent(sha256, (sha, first) -> first.fileId() < 0 ? new FirstRead(fileId, first.path()) : first);
    }

    boolean seen(String path, String sha256) {
        return seen.contains(new PathContent(path, sha256));
    }

    boolean refused(String path) {
        return refusedPaths.contains(path);
    }

    /** The file first read with these bytes, or null. */
    FirstRead firstRead(String sha256) {
        return firstRead.get(sha256);
    }
}
