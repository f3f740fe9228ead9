package id.inovasi.stats.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbook exports' XML writer writes what the JDK's UTF-8 encoder would (no Spring, no database). */
class Utf8WriterTest {

    @TempDir
    Path folder;

    private byte[] written(String... pieces) throws IOException {
        Path file = folder.resolve("sheet.xml");
        try (Utf8Writer out = new Utf8Writer(Files.newOutputStream(file), 64 * 1024)) {
            for (String piece : pieces) {
                out.write(piece, 0, piece.length());
            }
        }
        return Files.readAllBytes(file);
    }

    @Test
    void everyKindOfCharacterIsEncodedAsTheJdkWould() throws IOException {
        String text = "Kab. Magetan <c r=\"A1\"> é ñ — ≈ 漢字 😀 end";
        assertThat(written(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSurrogatePairSplitBetweenTwoWritesStaysOneCharacter() throws IOException {
        String emoji = "😀";
        assertThat(written("a" + emoji.charAt(0), emoji.charAt(1) + "b")).isEqualTo(("a" + emoji + "b").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLoneSurrogateBecomesAQuestionMarkAsWithTheJdk() throws IOException {
        String lone = "x\uD83Dy\uDE00z\uD83D";
        assertThat(written(lone)).isEqualTo(lone.getBytes(StandardCharsets.UTF_8)).isEqualTo("x?y?z?".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void textLongerThanTheBufferIsWrittenWhole() throws IOException {
        String row = "<row r=\"1\"><c t=\"inlineStr\"><is><t>Pelayanan — é 😀</t></is></c></row>";
        String text = row.repeat(5_000);   // some 350 KB, several buffers, characters across their ends
        assertThat(written(text, row)).isEqualTo((text + row).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void charactersWrittenOneByOneOrAsArraysComeOutTheSame() throws IOException {
        String text = "Dinas — 😀 ok";
        Path file = folder.resolve("chars.xml");
        try (Utf8Writer out = new Utf8Writer(Files.newOutputStream(file), 64 * 1024)) {
            out.write(text.substring(0, 4).toCharArray());
            for (char c : text.substring(4).toCharArray()) {
                out.write(c);
            }
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBuilderIsWrittenInPlaceThroughAnySizeOfBuffer() throws IOException {
        StringBuilder page = new StringBuilder("<h1>Laporan 2023 — Kab. Magetan</h1>");
        page.append("<td>😀 é</td>".repeat(500));   // longer than the writer's chunk of characters, surrogates across its ends
        Path file = folder.resolve("page.html");
        try (Utf8Writer out = new Utf8Writer(Files.newOutputStream(file), 16)) {   // a byte buffer far smaller than the page
            out.append(page).append(page, 0, 4).append(java.nio.CharBuffer.wrap("ok — 😀"));
        }
        assertThat(Files.readAllBytes(file)).isEqualTo((page + page.substring(0, 4) + "ok — 😀").getBytes(StandardCharsets.UTF_8));
    }
}
