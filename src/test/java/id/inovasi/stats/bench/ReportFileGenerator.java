package id.inovasi.stats.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a large, valid OPD reports file for the benchmark: every column of the format, in the
 * canonical dialect (UTF-8, comma, ISO dates, '.' decimals) so that PostgreSQL's own COPY can
 * load the same file into a typed table. Deterministic for a given row count.
 *
 * <p>Usage: {@code ReportFileGenerator <file> <rows> [year]}: the rows spread over 2022 to 2024, or all in one year.
 */
public final class ReportFileGenerator {

    static final String HEADER = "year,region_code,innovation_id,opd_code,opd_name,title,form,kind,stage,initiator,affair,"
            + "trial_date,applied_date,problem_statement,documentation,policy_ref,asn_implementers,benefit_metric,benefit_before,"
            + "benefit_after,benefit_direction,ind_regulasi,ind_sdm,ind_anggaran,ind_alat_kerja,ind_bimtek,ind_rkpd,ind_aktor,"
            + "ind_pelaksana,ind_jejaring,ind_sosialisasi,ind_pedoman,ind_informasi,ind_proses,ind_pengaduan,ind_integrasi,"
            + "ind_replikasi,ind_kecepatan,ind_kemanfaatan,ind_monev,ind_video";

    private static final String[] FORMS = {"tata_kelola", "pelayanan_publik", "lainnya"};
    private static final String[] KINDS = {"digital", "non_digital"};
    private static final String[] STAGES = {"inisiatif", "uji_coba", "penerapan"};
    private static final String[] INITIATORS = {"kepala_daerah", "dprd", "opd", "asn", "masyarakat"};
    private static final String[] AFFAIRS = {"kesehatan", "pendidikan", "pertanian", "administrasi kependudukan", "perhubungan"};
    private static final String[] PROBLEMS = {
        "Antrean pelayanan yang panjang membuat warga menunggu lebih dari tiga jam setiap kunjungan ke kantor",
        "Biaya listrik kantor terus naik setiap tahun sementara anggaran operasional daerah semakin terbatas",
        "Banyak warga lanjut usia di desa terpencil tidak dapat datang sendiri ke kantor pelayanan",
        "Data pembangunan tersebar di banyak perangkat daerah sehingga perencanaan memakai angka berbeda"};

    private ReportFileGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ReportFileGenerator <file> <rows> [year]");
            System.exit(2);
        }
        generate(Path.of(args[0]), Long.parseLong(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 0);
    }

    public static void generate(Path file, long rows) throws IOException {
        generate(file, rows, 0);
    }

    /** {@code onlyYear} 0 spreads the rows over 2022 to 2024. */
    public static void generate(Path file, long rows, int onlyYear) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        SplittableRandom random = new SplittableRandom(3520);
        LocalDate base = LocalDate.of(2021, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            StringBuilder line = new StringBuilder(512);
            for (long i = 0; i < rows; i++) {
                int year = onlyYear != 0 ? onlyYear : 2022 + (int) (i % 3);
                int region = (int) (i / 2000) % 500;
                int opd = (int) (i % 40);
                line.setLength(0);
                line.append(year).append(',')
                        .append(10 + region / 99).append('.').append(String.format("%02d", region % 99 + 1)).append(',')
                        .append("INV-").append(i).append(',')
                        .append("1.").append(opd).append(".01,")
                        .append("Dinas Nomor ").append(opd).append(',')
                        .append("\"Inovasi ").append(i).append(", layanan terpadu\",")
                        .append(FORMS[random.nextInt(3)]).append(',')
                        .append(KINDS[random.nextInt(2)]).append(',')
                        .append(STAGES[random.nextInt(3)]).append(',')
                        .append(INITIATORS[random.nextInt(5)]).append(',')
                        .append(AFFAIRS[random.nextInt(5)]).append(',')
                        .append(base.plusDays(random.nextInt(700))).append(',')
                        .append(base.plusDays(365 + random.nextInt(700))).append(',')
                        .append(PROBLEMS[random.nextInt(PROBLEMS.length)]).append(',')
                        .append("https://inovasi.example.go.id/dok/").append(i).append(".pdf|foto-").append(i).append(".jpg,")
                        .append("SK Bupati No. 188/").append(random.nextInt(400)).append("/403.013/").append(year - 1).append(',')
                        .append(random.nextInt(60)).append(',')
                        .append("waktu tunggu layanan (menit),")
                        .append(60 + random.nextInt(120)).append('.').append(random.nextInt(10)).append(',')
                        .append(10 + random.nextInt(40)).append('.').append(random.nextInt(10)).append(',')
                        .append("lower_is_better");
                for (int k = 0; k < 20; k++) {
                    line.append(',').append(random.nextInt(4));
                }
                line.append('\n');
                out.append(line);
            }
        }
    }
}
