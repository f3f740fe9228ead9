package id.inovasi.stats.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The delimiter is detected from the header line, outside quotes. */
class CsvDialectTest {

    @Test
    void theMostFrequentDelimiterOfTheFirstLineWins() {
        assertThat(CsvDialect.detect("tahun;kode_pemda;skor_spd\n2021;35.20;70")).isEqualTo(CsvDialect.SEMICOLON);
        assertThat(CsvDialect.detect("year\tregion_code\tscore")).isEqualTo(CsvDialect.TAB);
        assertThat(CsvDialect.detect("year,region_code,score")).isEqualTo(CsvDialect.COMMA);
    }

    @Test
    void delimitersInsideQuotesAndOnLaterLinesDoNotCount() {
        assertThat(CsvDialect.detect("\"a;b;c;d\",x,y\n1;2;3;4;5;6")).isEqualTo(CsvDialect.COMMA);
    }

    @Test
    void aSingleColumnOrAnEmptyTextIsComma() {
        assertThat(CsvDialect.detect("year")).isEqualTo(CsvDialect.COMMA);
        assertThat(CsvDialect.detect("")).isEqualTo(CsvDialect.COMMA);
    }
}
