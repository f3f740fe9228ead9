package id.inovasi.stats.report;

import java.io.IOException;
import java.io.Writer;

/** Writes one page's text; the caller owns the file (written under a temporary name, then moved into place). */
@FunctionalInterface
interface PageWriter {
    void write(Writer out) throws IOException;
}
