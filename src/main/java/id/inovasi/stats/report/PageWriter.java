package id.inovasi.stats.report;

import java.io.IOException;
import java.io.Writer;

/** Writes one page's text; the caller owns the file (written under a temporary name, then moved into place). */
@FunctionalInterface
interface PageWriter {
    /** Writes the page to {@code out}, composing it in {@code text} (empty, and reused for the thread's next page). */
    void write(Writer out, StringBuilder text) throws IOException;
}
