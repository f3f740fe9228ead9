package id.inovasi.stats.ingest;

import java.nio.file.Path;

/** The configured inbox folder does not exist. */
public class InboxMissingException extends IllegalStateException {
    public InboxMissingException(Path inbox) {
        super("the inbox folder " + inbox.toAbsolutePath() + " does not exist: set inovasi.inbox (environment INOVASI_INBOX) "
                + "to the folder that holds reports/, national/ and capacity/");
    }
}
