package id.inovasi.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Text from outside is logged on one line and cannot carry terminal escapes. */
class LogTextTest {

    @Test
    void lineBreaksAndControlCharactersAreWrittenOutAndOtherTextIsKept() {
        assertThat(LogText.escape("reports/a\n12:00:00 INFO  Rebuilt 2023.csv")).isEqualTo("reports/a\\n12:00:00 INFO  Rebuilt 2023.csv");
        assertThat(LogText.escape("\u001b[31mmerah\u001b[0m.csv")).isEqualTo("\\u001b[31mmerah\\u001b[0m.csv");
        assertThat(LogText.escape("tab\there\r")).isEqualTo("tab\\there\\r");
        assertThat(LogText.escape("Dinas Pekerjaan Umum – Bina Marga ✓")).isEqualTo("Dinas Pekerjaan Umum – Bina Marga ✓");
        assertThat(LogText.escape(null)).isNull();
    }
}
