package id.inovasi.stats.ingest;

import java.util.List;

/** Input formats for the pure tests of the readers and the cleaner: fixed years, no Spring. */
final class TestFormats {

    /** The capacity format with an optional note column (catatan), years 2015 to 2027. */
    static final InputFormat CAPACITY = new InputFormat(FileKind.CAPACITY, List.of(
            Column.required("year", "tahun", ValueTypes.year(2015, 2027)),
            Column.required("region_code", "kode_pemda", ValueTypes.regionCode()),
            Column.required("spd_score", "skor_spd", ValueTypes.decimal()),
            Column.optional("note", "catatan", ValueTypes.text())), List.of("year", "region_code"));

    private TestFormats() {
    }
}
