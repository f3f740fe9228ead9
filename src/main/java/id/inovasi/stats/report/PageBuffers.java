package id.inovasi.stats.report;

/**
 * What one report thread writes its pages with, reused page after page: the builder a page is
 * composed in, the UTF-8 encoder's buffers, and the buffer a page is compared with the one on disk
 * through ({@link PageOutput}). A national year has some 11,500 pages; allocated anew for each,
 * these buffers were 4.4 GB of the 15 GB a national first run allocated while it wrote its reports
 * (a builder, once a page's title holds a dash, is copied to two bytes a character as well). One
 * instance per thread: a page is written whole before the next one starts.
 */
final class PageBuffers {

    /** Large enough for most pages; the renderers write a longer page out in parts of about 64 KB. */
    private final StringBuilder text = new StringBuilder(64 * 1024);
    private final byte[] encoded = new byte[8 * 1024];
    private final char[] chars = new char[2048];
    private final byte[] compared = new byte[8 * 1024];

    /** The builder to compose a page in, emptied. */
    StringBuilder text() {
        text.setLength(0);
        return text;
    }

    /** The page's UTF-8 writer onto {@code out}, writing in parts of 8 KB. */
    Utf8Writer writer(java.io.OutputStream out) {
        return new Utf8Writer(out, encoded, chars);
    }

    /** The page's bytes, compared with the page on disk (if any) as they are written. */
    PageOutput output(java.nio.file.Path page, java.nio.file.Path temp) throws java.io.IOException {
        return new PageOutput(page, temp, compared);
    }
}
