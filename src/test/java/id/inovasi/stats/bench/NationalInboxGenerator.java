package id.inovasi.stats.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a national inbox like the one a province or the national office holds: about 550
 * regions in the three clusters, ten years, one recap reports file per region and year (about 65
 * innovations of about 20 OPDs, ids stable across years so trends follow them), and every year's
 * national results and SPD scores. The values vary as real reports do: about half of the
 * innovations meet the evidence standard, the others miss one element or more.
 * Deterministic: the same arguments write the same bytes.
 *
 * <p>Usage: {@code NationalInboxGenerator <inbox> [regions] [first year] [years] [innovations per region-year]}
 */
public final class NationalInboxGenerator {

    private static final String[] FORMS = {"tata_kelola", "pelayanan_publik", "lainnya"};
    private static final String[] STAGES = {"penerapan", "penerapan", "penerapan", "uji_coba", "inisiatif"};
    private static final String[] INITIATORS = {"kepala_daerah", "dprd", "opd", "asn", "masyarakat"};
    private static final String[] AFFAIRS = {"kesehatan", "pendidikan", "pertanian", "administrasi kependudukan", "perhubungan",
        "pekerjaan umum", "sosial", "lingkungan hidup"};
    private static final String[] OPDS = {"Dinas Kesehatan", "Dinas Pendidikan", "Dinas Pertanian", "Dinas Kependudukan dan Pencatatan Sipil",
        "Dinas Perhubungan", "Dinas Pekerjaan Umum", "Dinas Sosial", "Dinas Lingkungan Hidup", "Bappeda", "Badan Kepegawaian Daerah",
        "Badan Pendapatan Daerah", "Dinas Komunikasi dan Informatika", "Dinas Penanaman Modal dan PTSP", "Dinas Perdagangan",
        "Dinas Pariwisata", "RSUD", "Inspektorat", "Sekretariat Daerah", "Kecamatan Kota", "Satpol PP"};
    private static final String[] PROBLEMS = {
        "Antrean pelayanan yang panjang membuat warga menunggu lebih dari tiga jam setiap kunjungan ke kantor",
        "Biaya listrik kantor terus naik setiap tahun sementara anggaran operasional daerah semakin terbatas",
        "Banyak warga lanjut usia di desa terpencil tidak dapat datang sendiri ke kantor pelayanan",
        "Data pembangunan tersebar di banyak perangkat daerah sehingga perencanaan memakai angka berbeda",
        "Pelayanan lambat", "Kurang efisien dan boros"};
    private static final String[] POLICIES = {"SK Bupati No. 188/%d/403.013/%d", "Peraturan Bupati Nomor %d Tahun %d",
        "Surat Edaran Kepala Dinas %d/%d", "Perbup %d/%d", "SK Kepala Dinas", "arahan pimpinan"};

    /** One region of the generated nation. */
    record Region(String code, String name, String cluster) {
    }

    private NationalInboxGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: NationalInboxGenerator <inbox> [regions] [first year] [years] [innovations per region-year]");
            System.exit(2);
        }
        Path inbox = Path.of(args[0]);
        int regions = args.length > 1 ? Integer.parseInt(args[1]) : 548;
        int firstYear = args.length > 2 ? Integer.parseInt(args[2]) : 2016;
        int years = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int perRegion = args.length > 4 ? Integer.parseInt(args[4]) : 65;
        long rows = generate(inbox, regions, firstYear, years, perRegion);
        System.out.printf("wrote %,d report rows of %d regions x %d years into %s%n", rows, regions, years, inbox);
    }

    /** The regions: about 7% provinces, 76% regencies and 17% cities, as in Indonesia. */
    static List<Region> regions(int count) {
        List<Region> regions = new ArrayList<>();
        int provinces = Math.max(1, count * 38 / 548);
        for (int p = 0; p < provinces; p++) {
            regions.add(new Region(String.valueOf(11 + p), "Provinsi Sintetis " + (11 + p), "provinsi"));
        }
        for (int i = 0; regions.size() < count; i++) {
            int province = 11 + i % provinces;
            int number = 1 + i / provinces;
            boolean city = i % 6 == 5;
            String code = province + "." + (city ? 70 + number : number < 10 ? "0" + number : String.valueOf(number));
            regions.add(new Region(code, (city ? "Kota" : "Kabupaten") + " Sintetis " + code, city ? "kota" : "kabupaten"));
        }
        return regions;
    }

    /** Writes the inbox; returns the number of report rows. */
    public static long generate(Path inbox, int regionCount, int firstYear, int years, int perRegion) throws IOException {
        List<Region> regions = regions(regionCount);
        long rows = 0;
        for (int y = firstYear; y < firstYear + years; y++) {
            Path folder = Files.createDirectories(inbox.resolve("reports").resolve(String.valueOf(y)));
            for (int r = 0; r < regions.size(); r++) {
                rows += writeRecap(folder.resolve(regions.get(r).code() + ".csv"), regions.get(r), r, y, firstYear, perRegion);
            }
        }
        writeNational(inbox, regions, firstYear, years);
        writeCapacity(inbox, regions, firstYear, years);
        return rows;
    }

    private static long writeRecap(Path file, Region region, int regionIndex, int year, int firstYear, int perRegion) throws IOException {
        SplittableRandom random = new SplittableRandom(31L * regionIndex + year);
        int first = (year - firstYear) * perRegion / 8;   // an eighth of the innovations are new each year
        int count = perRegion - 5 + random.nextInt(11);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(ReportFileGenerator.HEADER);
            out.write('\n');
            StringBuilder line = new StringBuilder(512);
            for (int k = first; k < first + count; k++) {
                line.setLength(0);
                appendInnovation(line, random, region, year, k);
                out.append(line).append('\n');
            }
        }
        return count;
    }

    /** One innovation row; each evidence element fails for about one innovation in ten. */
    static void appendInnovation(StringBuilder line, SplittableRandom random, Region region, int year, int k) {
        int opd = k % OPDS.length;
        LocalDate applied = LocalDate.of(year, 1, 1).minusDays(random.nextInt(random.nextInt(10) == 0 ? 1500 : 700));
        String policy = String.format(Locale.ROOT, POLICIES[random.nextInt(10) < 9 ? random.nextInt(4) : 4 + random.nextInt(2)],
                100 + random.nextInt(300), year - 1);
        double before = 20 + random.nextInt(200);
        double after = random.nextInt(10) == 0 ? before + 5 : before * (0.4 + random.nextInt(50) / 100.0);
        line.append(year).append(',')
                .append(region.code()).append(',')
                .append(region.code()).append("-INV-").append(k).append(',')
                .append(String.format(Locale.ROOT, "%d.%02d", 1 + opd / 10, opd + 1)).append(',')
                .append(OPDS[opd]).append(',')
                .append("\"Inovasi ").append(k).append(" ").append(AFFAIRS[k % AFFAIRS.length]).append(", layanan terpadu\",")
                .append(FORMS[k % FORMS.length]).append(',')
                .append(k % 3 == 0 ? "non_digital" : "digital").append(',')
                .append(STAGES[random.nextInt(STAGES.length) < 4 ? 0 : random.nextInt(STAGES.length)]).append(',')
                .append(INITIATORS[random.nextInt(INITIATORS.length)]).append(',')
                .append(AFFAIRS[k % AFFAIRS.length]).append(',')
                .append(applied.minusDays(90)).append(',')
                .append(applied).append(',')
                .append(PROBLEMS[random.nextInt(10) == 0 ? 4 + random.nextInt(2) : random.nextInt(4)]).append(',')
                .append(random.nextInt(10) == 0 ? "" : "https://inovasi.example.go.id/dok/" + region.code() + "/" + k + ".pdf|foto-" + k + ".jpg").append(',')
                .append(policy).append(',')
                .append(random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(40)).append(',')
                .append(random.nextInt(12) == 0 ? "" : "waktu tunggu layanan (menit)").append(',')
                .append(String.format(Locale.ROOT, "%.1f,%.1f", before, after)).append(',')
                .append("lower_is_better");
        for (int i = 0; i < 20; i++) {
            line.append(',').append(random.nextInt(4));
        }
    }

    private static void writeNational(Path inbox, List<Region> regions, int firstYear, int years) throws IOException {
        Path folder = Files.createDirectories(inbox.resolve("national"));
        for (int y = firstYear; y < firstYear + years; y++) {
            try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("iid-" + y + ".csv"), StandardCharsets.UTF_8)) {
                out.write("year,region_code,region_name,cluster,score\n");
                for (int r = 0; r < regions.size(); r++) {
                    Region region = regions.get(r);
                    SplittableRandom random = new SplittableRandom(7919L * r + y);
                    double score = random.nextInt(40) == 0 ? 0 : 25 + (r * 37 % 40) + random.nextInt(2500) / 100.0;
                    out.write(String.format(Locale.ROOT, "%d,%s,%s,%s,%.2f%n", y, region.code(), region.name(), region.cluster(), score));
                }
            }
        }
    }

    private static void writeCapacity(Path inbox, List<Region> regions, int firstYear, int years) throws IOException {
        Path folder = Files.createDirectories(inbox.resolve("capacity"));
        for (int y = firstYear; y < firstYear + years; y++) {
            try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("spd-" + y + ".csv"), StandardCharsets.UTF_8)) {
                out.write("year,region_code,spd_score\n");
                for (int r = 0; r < regions.size(); r++) {
                    SplittableRandom random = new SplittableRandom(104729L * r + y);
                    out.write(String.format(Locale.ROOT, "%d,%s,%.1f%n", y, regions.get(r).code(), 20 + random.nextInt(430) / 10.0));
                }
            }
        }
    }
}
