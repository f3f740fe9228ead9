package id.inovasi.stats.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A page that comes out as it is on disk is left alone; any other goes whole to the temporary file (no Spring, no database). */
class PageOutputTest {

    @TempDir
    Path folder;

    private PageOutput write(Path page, String... chunks) throws IOException {
        PageOutput out = new PageOutput(page, folder.resolve("page.html.tmp"), new byte[8 * 1024]);
        for (String chunk : chunks) {
            byte[] bytes = chunk.getBytes(StandardCharsets.UTF_8);
            out.write(bytes, 0, bytes.length);
        }
        out.close();
        return out;
    }

    @Test
    void thePageAsItIsWritesNothing() throws IOException {
        Path page = Files.writeString(folder.resolve("page.html"), "<p>sama</p><p>persis</p>");
        PageOutput out = write(page, "<p>sama</p>", "<p>persis</p>");
        assertThat(out.changed()).isFalse();
        assertThat(folder.resolve("page.html.tmp")).doesNotExist();
    }

    @Test
    void aDifferenceAnywhereGivesTheWholeNewPage() throws IOException {
        Path page = Files.writeString(folder.resolve("page.html"), "<p>sama</p><p>lama</p>");
        assertThat(write(page, "<p>sama</p>", "<p>baru</p>").changed()).isTrue();
        assertThat(folder.resolve("page.html.tmp")).hasContent("<p>sama</p><p>baru</p>");
        // shorter and longer than the old page
        assertThat(write(page, "<p>sama</p>").changed()).isTrue();
        assertThat(folder.resolve("page.html.tmp")).hasContent("<p>sama</p>");
        assertThat(write(page, "<p>sama</p><p>lama</p>", "<p>lagi</p>").changed()).isTrue();
        assertThat(folder.resolve("page.html.tmp")).hasContent("<p>sama</p><p>lama</p><p>lagi</p>");
        // a page larger than the comparison buffer, differing at its very end
        String large = "x".repeat(100_000);
        Files.writeString(page, large + "a");
        assertThat(write(page, large, "b").changed()).isTrue();
        assertThat(Files.readString(folder.resolve("page.html.tmp"))).isEqualTo(large + "b");
    }

    @Test
    void aNewPageGoesToTheTemporaryFile() throws IOException {
        assertThat(write(folder.resolve("page.html"), "<p>baru</p>").changed()).isTrue();
        assertThat(folder.resolve("page.html.tmp")).hasContent("<p>baru</p>");
    }
}
