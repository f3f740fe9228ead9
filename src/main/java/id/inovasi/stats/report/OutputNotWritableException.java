package id.inovasi.stats.report;

import java.io.IOException;
import java.nio.file.Path;

/** The output folder cannot take the reports: names the setting, and says the summaries are safe. */
class OutputNotWritableException extends RuntimeException {

    OutputNotWritableException(Path output, IOException cause) {
        super("the output folder " + output.toAbsolutePath() + " cannot be written (inovasi.output, environment INOVASI_OUTPUT): "
                + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage())
                + "; the summaries are built and kept: make the folder writable or point the setting elsewhere, and jobs/run writes the reports",
                cause);
    }
}
