package id.inovasi.stats.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The bytes of one page as it is written, compared with the page already on disk: while they are
 * the same nothing is written; from the first difference on, the page goes to a temporary file
 * (the equal part copied from the old page first) that the caller then moves into place. A page
 * that comes out as it was is left alone, so rewriting a year whose figures did not change costs
 * reading its pages, not replacing thousands of files. Memory stays flat: nothing is buffered but
 * a chunk.
 */
final class PageOutput extends OutputStream {

    private final Path page;
    private final Path temp;
    private final InputStream old;
    /** Pages come in chunks of the writer's buffer (8 KB): compared through a buffer of that size, the caller's. */
    private final byte[] compare;
    private long same;
    private OutputStream diverged;

    PageOutput(Path page, Path temp, byte[] compare) throws IOException {
        this.page = page;
        this.temp = temp;
        this.compare = compare;
        this.old = openOld(page);
        if (old == null) {
            diverged = Files.newOutputStream(temp);
        }
    }

    /** The page on disk, read unbuffered (the comparison reads it in the chunks written), or null when there is none. */
    private static InputStream openOld(Path page) throws IOException {
        try {
            return Files.newInputStream(page);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Whether the page came out different from the one on disk (or there was none): then the temporary file holds it. */
    boolean changed() {
        return diverged != null;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int off, int len) throws IOException {
        if (diverged == null) {
            int done = 0;
            while (done < len) {
                int n = old.readNBytes(compare, 0, Math.min(compare.length, len - done));
                if (n < Math.min(compare.length, len - done) || !java.util.Arrays.equals(compare, 0, n, bytes, off + done, off + done + n)) {
                    diverge();
                    diverged.write(bytes, off, len);
                    return;
                }
                done += n;
            }
            same += len;
            return;
        }
        diverged.write(bytes, off, len);
    }

    /** From here on the page is new: the part written so far, equal to the old page's start, is copied from it. */
    private void diverge() throws IOException {
        old.close();
        diverged = Files.newOutputStream(temp);
        try (InputStream start = Files.newInputStream(page)) {
            long copied = 0;
            byte[] buffer = compare;
            while (copied < same) {
                int n = start.read(buffer, 0, (int) Math.min(buffer.length, same - copied));
                if (n < 0) {
                    throw new IOException(page + " changed while the report compared it");
                }
                diverged.write(buffer, 0, n);
                copied += n;
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (diverged == null && old.read() >= 0) {
            diverge();   // the old page was longer: the new one ends here
        }
        if (diverged != null) {
            diverged.close();
        } else {
            old.close();
        }
    }
}
