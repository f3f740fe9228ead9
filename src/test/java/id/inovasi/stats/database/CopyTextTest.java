package id.inovasi.stats.database;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Values in COPY's text format: what would end a field or a row is escaped, NULL is \N. */
class CopyTextTest {

    @Test
    void tabsNewlinesAndBackslashesAreEscapedAndNullIsMarked() {
        StringBuilder row = new StringBuilder();
        CopyText.appendField(row, "a\tb\nc\\d\re");
        row.append('|');
        CopyText.appendField(row, null);
        row.append('|');
        CopyText.appendField(row, "plain");
        assertThat(row.toString()).isEqualTo("a\\tb\\nc\\\\d\\re|\\N|plain");
    }

    @Test
    void anArrayLiteralQuotesEachElementAndEscapesQuotesAndBackslashes() {
        assertThat(CopyText.arrayLiteral(List.of())).isEqualTo("{}");
        assertThat(CopyText.arrayLiteral(List.of("A-1", "say \"hi\"", "c:\\x", "a,b", "NULL")))
                .isEqualTo("{\"A-1\",\"say \\\"hi\\\"\",\"c:\\\\x\",\"a,b\",\"NULL\"}");
    }
}
