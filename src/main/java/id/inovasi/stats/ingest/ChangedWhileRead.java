package id.inovasi.stats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/**
 * A file whose bytes changed between its fingerprint and the end of its reading (still being
 * copied in, or rewritten meanwhile): none of it is loaded, and it is recorded as rejected with the
 * reason {@code changed_while_read}. Its finished content has another digest, so the next run reads
 * it as a new file.
 */
final class ChangedWhileRead {

    static final String REASON = "changed_while_read";

    private ChangedWhileRead() {
    }

    /** Why the file no longer matches its fingerprint, or null when it still does (by size: growth is what happens). */
    static String check(FreshFile file) {
        try {
            long now = Files.size(file.file().path());
            return now == file.fingerprint().size() ? null : now + " bytes now";
        } catch (IOException e) {
            return "it can no longer be read: " + e.getMessage();
        }
    }

    /** A failure while reading a file that passed its fingerprint: the bytes changed underneath. */
    static String of(IOException failure) {
        return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : " " + failure.getMessage());
    }

    static FileOutcome outcome(FreshFile file, String detail) {
        return FileOutcome.rejected(REASON, "the file changed while it was read (" + file.fingerprint().size()
                + " bytes when its digest was taken; " + detail + "): nothing of it was loaded, and the next run reads it again;"
                + " copy files into the inbox under a temporary name and rename them when complete", null, List.of());
    }
}
