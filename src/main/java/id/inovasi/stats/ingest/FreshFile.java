package id.inovasi.stats.ingest;

import id.inovasi.stats.ingest.InboxScanner.InboxFile;

/** A file seen for the first time with these bytes, recorded as {@code fileId}, about to be read. */
record FreshFile(InboxFile file, Fingerprint fingerprint, long fileId) {

    String path() {
        return file.relativePath();
    }
}
