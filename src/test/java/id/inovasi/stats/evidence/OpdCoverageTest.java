package id.inovasi.stats.evidence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import id.inovasi.stats.support.Reports;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Which OPDs are silent: expected from the region's roster (the OPDs existing that year) or, for a
 * region without one, from the OPDs that reported in either of the two years before.
 */
@PipelineTest
class OpdCoverageTest extends PipelineTestSupport {

    @Test
    void aRosterSaysWhoIsExpectedEachYearAndARegionWithoutOneExpectsTheTwoYearsBefore() {
        write("opd/roster-35.20.csv", """
                kode_pemda,kode_opd,nama_opd,tahun_mulai,tahun_akhir
                35.20,1.02,Dinas Kesehatan,,
                35.20,9.99,Dinas Sunyi,,
                35.20,7.77,Badan Baru,2024,
                35.20,6.66,Dinas Lama,,2022
                """);
        write("reports/2023.csv", Reports.header()
                + Reports.innovation("K-1")
                + Reports.innovation("K-2", "stage=uji_coba")
                + Reports.innovation("L-1", "opd_code=8.88", "opd_name=Kantor Di Luar Daftar", "asn_implementers=0")
                // 35.21 has no roster: 2021 OPD A, 2022 OPD B, 2023 only B
                + Reports.innovation("A-21", "region_code=35.21", "year=2021", "opd_code=A", "opd_name=Dinas A")
                + Reports.innovation("B-22", "region_code=35.21", "year=2022", "opd_code=B", "opd_name=Dinas B")
                + Reports.innovation("B-23", "region_code=35.21", "opd_code=B", "opd_name=Dinas B")
                // 35.22 has neither a roster nor earlier years: nobody is expected
                + Reports.innovation("C-23", "region_code=35.22", "opd_code=C", "opd_name=Dinas C"));
        run();

        assertThat(rows("SELECT opd_code, opd_name, expected, expected_source, reported, qualified, status FROM stats.opd_coverage "
                + "WHERE year = 2023 ORDER BY region_code, opd_code"))
                .extracting(r -> r.get("opd_code"), r -> r.get("expected"), r -> r.get("expected_source"), r -> r.get("reported"),
                        r -> r.get("qualified"), r -> r.get("status"))
                .containsExactly(
                        // the roster's OPDs of 2023: Badan Baru exists only from 2024, Dinas Lama only until 2022
                        tuple("1.02", true, "roster", 2, 1, "qualified"),
                        tuple("8.88", false, "roster", 1, 0, "none_qualified"),   // reported, not in the roster
                        tuple("9.99", true, "roster", 0, 0, "silent"),
                        tuple("A", true, "inferred", 0, 0, "silent"),             // reported in 2021: expected in 2023
                        tuple("B", true, "inferred", 1, 1, "qualified"),
                        tuple("C", false, "inferred", 1, 1, "qualified"));
        assertThat(row("SELECT opd_name FROM stats.opd_coverage WHERE year = 2023 AND opd_code = 'A'")).containsEntry("opd_name", "Dinas A");

        Map<String, Map<String, Object>> regions = new java.util.TreeMap<>();
        rows("SELECT region_code, opds_reporting, opds_expected, opds_silent, opd_coverage_share FROM stats.region_year_summary WHERE year = 2023")
                .forEach(r -> regions.put((String) r.get("region_code"), r));
        // 35.20: two expected (1.02 and 9.99), one of them with a qualifying innovation
        assertThat(regions.get("35.20")).containsEntry("opds_reporting", 2).containsEntry("opds_expected", 2).containsEntry("opds_silent", 1)
                .containsEntry("opd_coverage_share", new BigDecimal("0.5000"));
        assertThat(regions.get("35.21")).containsEntry("opds_expected", 2).containsEntry("opds_silent", 1)
                .containsEntry("opd_coverage_share", new BigDecimal("0.5000"));
        assertThat(regions.get("35.22")).containsEntry("opds_expected", 0).containsEntry("opds_silent", 0).containsEntry("opd_coverage_share", null);

        // 2022 of 35.21 expects the 2021 OPD A, which reported nothing in 2022
        assertThat(rows("SELECT opd_code, status FROM stats.opd_coverage WHERE year = 2022 AND region_code = '35.21' ORDER BY opd_code"))
                .extracting(r -> r.get("opd_code"), r -> r.get("status")).containsExactly(tuple("A", "silent"), tuple("B", "qualified"));
        // the roster governs every year of its region: in 2022 Dinas Lama still exists, Badan Baru not yet
        assertThat(rows("SELECT opd_code FROM stats.opd_coverage WHERE year = 2022 AND region_code = '35.20' AND expected ORDER BY opd_code"))
                .extracting(r -> r.get("opd_code")).containsExactly("1.02", "6.66", "9.99");
    }

    @Test
    void anOpdThatReportedInBothYearsBeforeIsExpectedOnceUnderTheNameItLastReported() {
        write("reports/2023.csv", Reports.header()
                // 35.23 has no roster: OPD D reported in 2021 and, renamed, in 2022; in 2023 only E reports
                + Reports.innovation("D-21", "region_code=35.23", "year=2021", "opd_code=D", "opd_name=Kantor D")
                + Reports.innovation("D-22", "region_code=35.23", "year=2022", "opd_code=D", "opd_name=Dinas D")
                + Reports.innovation("E-23", "region_code=35.23", "opd_code=E", "opd_name=Dinas E"));
        run();

        assertThat(rows("SELECT opd_code, opd_name, expected, status FROM stats.opd_coverage WHERE year = 2023 ORDER BY opd_code"))
                .extracting(r -> r.get("opd_code"), r -> r.get("opd_name"), r -> r.get("expected"), r -> r.get("status"))
                .containsExactly(tuple("D", "Dinas D", true, "silent"), tuple("E", "Dinas E", false, "qualified"));
        assertThat(row("SELECT opds_expected, opds_silent FROM stats.region_year_summary WHERE year = 2023 AND region_code = '35.23'"))
                .containsEntry("opds_expected", 1).containsEntry("opds_silent", 1);
    }

    @Test
    void aNewRosterMakesEveryYearStaleAndTheNextRunFollowsIt() {
        write("reports/2023.csv", Reports.header() + Reports.innovation("K-1"));
        run();
        assertThat(rows("SELECT opd_code, expected_source FROM stats.opd_coverage WHERE year = 2023"))
                .extracting(r -> r.get("opd_code"), r -> r.get("expected_source")).containsExactly(tuple("1.02", "inferred"));

        write("opd/roster.csv", "region_code,opd_code,opd_name\n35.20,1.02,Dinas Kesehatan\n35.20,4.01,Sekretariat Daerah\n");
        run();
        assertThat(rows("SELECT opd_code, expected, expected_source, status FROM stats.opd_coverage WHERE year = 2023 ORDER BY opd_code"))
                .extracting(r -> r.get("opd_code"), r -> r.get("expected_source"), r -> r.get("status"))
                .containsExactly(tuple("1.02", "roster", "qualified"), tuple("4.01", "roster", "silent"));
        assertThat(row("SELECT opd_coverage_share FROM stats.region_year_summary WHERE year = 2023"))
                .containsEntry("opd_coverage_share", new BigDecimal("0.5000"));
        // the run that loaded the roster rebuilt the year: its roster made it stale, not a report
        assertThat(row("SELECT years_rebuilt FROM stats.pipeline_run ORDER BY run_id DESC LIMIT 1").get("years_rebuilt"))
                .isEqualTo(List.of(2023));
    }
}
