package id.inovasi.stats.ingest;

import static id.inovasi.stats.ingest.Column.optional;
import static id.inovasi.stats.ingest.Column.required;
import static id.inovasi.stats.ingest.ValueTypes.choice;
import static id.inovasi.stats.ingest.ValueTypes.date;
import static id.inovasi.stats.ingest.ValueTypes.decimal;
import static id.inovasi.stats.ingest.ValueTypes.oneOf;
import static id.inovasi.stats.ingest.ValueTypes.regionCode;
import static id.inovasi.stats.ingest.ValueTypes.text;
import static id.inovasi.stats.ingest.ValueTypes.wholeNumber;
import static id.inovasi.stats.ingest.ValueTypes.year;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.inovasi.stats.method.Indicator;
import id.inovasi.stats.method.MethodProperties;

import org.springframework.stereotype.Component;

/** The three input formats of docs/inputs.md, with the year range taken from the run's clock. */
@Component
public class InputFormats {

    static final int FIRST_YEAR = 2015;

    private final Clock clock;
    private final MethodProperties method;

    InputFormats(Clock clock, MethodProperties method) {
        this.clock = clock;
        this.method = method;
    }

    InputFormat of(FileKind kind) {
        return switch (kind) {
            case REPORTS -> reports();
            case NATIONAL -> national();
            case CAPACITY -> capacity();
            case OPD -> roster();
        };
    }

    /** The columns of one kind of file, in order, as the OPD template shows them. */
    public java.util.List<ColumnGuide> guide(FileKind kind) {
        return of(kind).columns().stream()
                .map(c -> new ColumnGuide(c.name(), c.aliases().get(0), c.required(), c.type().shape()))
                .toList();
    }

    private Column yearColumn() {
        return required("year", "tahun", year(FIRST_YEAR, LocalDate.now(clock).getYear() + 1));
    }

    private InputFormat reports() {
        List<Column> columns = new ArrayList<>(List.of(
                yearColumn(),
                required("region_code", "kode_pemda", regionCode()),
                required("innovation_id", "id_inovasi", text(64)),
                required("opd_code", "kode_opd", text(32)),
                required("opd_name", "nama_opd", text()),
                required("title", "nama_inovasi", text()),
                required("form", "bentuk", oneOf(
                        choice("tata_kelola", "Inovasi tata kelola pemerintahan daerah"),
                        choice("pelayanan_publik", "Inovasi pelayanan publik"),
                        choice("lainnya", "Inovasi daerah lainnya"))),
                required("kind", "jenis", oneOf(choice("digital", "Digital"), choice("non_digital", "Non Digital"))),
                required("stage", "tahapan", oneOf(
                        choice("inisiatif", "Inisiatif"), choice("uji_coba", "Uji Coba"), choice("penerapan", "Penerapan"))),
                optional("initiator", "inisiator", oneOf(
                        choice("kepala_daerah", "Kepala Daerah"), choice("dprd", "Anggota DPRD"), choice("opd", "Perangkat Daerah"),
                        choice("asn", "ASN"), choice("masyarakat", "Masyarakat"))),
                optional("affair", "urusan", text()),
                optional("trial_date", "tgl_uji_coba", date()),
                optional("applied_date", "tgl_penerapan", date()),
                optional("problem_statement", "latar_belakang", text()),
                optional("documentation", "dokumentasi", text()),
                optional("policy_ref", "dasar_hukum", text()),
                optional("asn_implementers", "jumlah_asn", wholeNumber(0, Integer.MAX_VALUE)),
                optional("benefit_metric", "indikator_manfaat", text()),
                optional("benefit_before", "nilai_sebelum", decimal()),
                optional("benefit_after", "nilai_sesudah", decimal()),
                optional("benefit_direction", "arah_manfaat", oneOf(
                        choice("lower_is_better", "turun"), choice("higher_is_better", "naik"))).emptyMeans("higher_is_better")));
        for (Indicator indicator : Indicator.values()) {
            columns.add(optional(indicator.column(), indicator.slug(), wholeNumber(0, 3)).emptyMeans("0"));
        }
        return new InputFormat(FileKind.REPORTS, columns, List.of("year", "region_code", "innovation_id"));
    }

    private InputFormat national() {
        return new InputFormat(FileKind.NATIONAL, List.of(
                yearColumn(),
                required("region_code", "kode_pemda", regionCode()),
                required("region_name", "nama_pemda", text()),
                required("cluster", "klaster", oneOf(
                        choice("provinsi", "Provinsi"), choice("kabupaten", "Kabupaten"), choice("kota", "Kota"))),
                required("score", "nilai", decimal(BigDecimal.ZERO, y -> BigDecimal.valueOf(100), "")).withAliases("nilai", "indeks"),
                optional("rank", "peringkat", wholeNumber(1, 100_000)),
                optional("predicate", "predikat", oneOf(
                        choice("sangat_inovatif", "Sangat Inovatif"), choice("inovatif", "Inovatif"),
                        choice("kurang_inovatif", "Kurang Inovatif"), choice("tidak_dapat_dinilai", "Tidak Dapat Dinilai")))),
                List.of("year", "region_code"));
    }

    /** The OPD roster: key (region_code, opd_code); the years bound when the OPD exists. */
    private InputFormat roster() {
        int lastYear = LocalDate.now(clock).getYear() + 1;
        return new InputFormat(FileKind.OPD, List.of(
                required("region_code", "kode_pemda", regionCode()),
                required("opd_code", "kode_opd", text(32)),
                required("opd_name", "nama_opd", text()),
                optional("from_year", "tahun_mulai", wholeNumber(FIRST_YEAR - 50, lastYear)),
                optional("to_year", "tahun_akhir", wholeNumber(FIRST_YEAR - 50, lastYear))),
                List.of("region_code", "opd_code"));
    }

    private InputFormat capacity() {
        return new InputFormat(FileKind.CAPACITY, List.of(
                yearColumn(),
                required("region_code", "kode_pemda", regionCode()),
                required("spd_score", "skor_spd", decimal(BigDecimal.ZERO, y -> method.forYear(y).spdMaximum(),
                        " (the year's SPD maximum, inovasi.method spd-maximum)"))),
                List.of("year", "region_code"));
    }
}
