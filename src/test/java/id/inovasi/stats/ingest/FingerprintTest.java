package id.inovasi.stats.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A file's identity and charset, read once: small files in memory, large ones streamed; both agree. */
class FingerprintTest {

    @TempDir
    Path folder;

    @Test
    void utf8WithABomIsUtf8AndTheBomIsNoted() throws IOException {
        Fingerprint f = Fingerprint.of(write("bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n'}));
        assertThat(f.charsetName()).isEqualTo("UTF-8");
        assertThat(f.bom()).isTrue();
        assertThat(f.sha256()).hasSize(64);
    }

    @Test
    void bytesThatAreNotUtf8AreWindows1252() throws IOException {
        Fingerprint f = Fingerprint.of(write("ansi.csv", "Dinas Pekerjaan Umum \u2013 Bina Marga\n".getBytes(Fingerprint.WINDOWS_1252)));
        assertThat(f.charsetName()).isEqualTo("windows-1252");
        assertThat(f.notText()).isNull();
    }

    @Test
    void nulBytesMakeAFileNotText() throws IOException {
        Fingerprint f = Fingerprint.of(write("binary.xls", new byte[] {'a', 0, 'b'}));
        assertThat(f.notText()).contains("NUL bytes (byte 1)");
        assertThat(f.charset()).isNull();
    }

    @Test
    void bytesUndefinedInWindows1252AreNeitherCharset() throws IOException {
        Fingerprint f = Fingerprint.of(write("odd.csv", new byte[] {'a', (byte) 0x81, (byte) 0xC3}));
        assertThat(f.notText()).contains("neither valid UTF-8 nor windows-1252");
    }

    @Test
    void aLargeFileStreamedGivesTheSameVerdictAsTheSameBytesInMemory() throws IOException {
        StringBuilder text = new StringBuilder("year,title\n");
        while (text.length() < 3 << 20) {
            text.append("2023,Pelayanan terpadu satu pintu \u00e9\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        Fingerprint streamed = Fingerprint.of(write("large.csv", bytes));
        Fingerprint inMemory = Fingerprint.of(bytes);
        assertThat(streamed).isEqualTo(inMemory);
        assertThat(streamed.size()).isEqualTo(bytes.length);
        assertThat(streamed.charsetName()).isEqualTo("UTF-8");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }
}
