package id.inovasi.stats.evidence;

import java.util.List;
import java.util.Map;

import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import id.inovasi.stats.support.Reports;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the verdict found for each failing element, as the OPD's page shows it beside the rule. */
@PipelineTest
class FailedFindingsTest extends PipelineTestSupport {

    @Test
    void eachFailingElementSaysWhatWasFound() {
        write("reports/2023.csv", Reports.header()
                + Reports.innovation("P-7", "problem_statement=  satu dua tiga empat lima enam tujuh ")
                + Reports.innovation("D-0", "documentation= | ")
                + Reports.innovation("K-NO", "policy_ref=SK Bupati tentang inovasi")
                + Reports.innovation("K-WORD", "policy_ref=Kebijakan nomor 5 tahun 2023")
                + Reports.innovation("K-EMPTY", "policy_ref=")
                + Reports.innovation("A-0", "asn_implementers=0")
                + Reports.innovation("B-METRIC", "benefit_metric=")
                + Reports.innovation("B-VALUE", "benefit_before=")
                + Reports.innovation("B-WORSE", "benefit_before=10", "benefit_after=12", "benefit_direction=turun")
                + Reports.innovation("R-OLD", "applied_date=2019-01-01")
                + Reports.innovation("S-TRY", "stage=uji_coba", "applied_date=")
                + Reports.innovation("OK"));
        run();
        Map<String, List<Object>> found = new java.util.TreeMap<>();
        rows("SELECT innovation_id, failed_elements, failed_findings FROM stats.innovation_assessment").forEach(r -> {
            assertThat((List<?>) r.get("failed_findings")).as("one finding per failing element of %s", r.get("innovation_id"))
                    .hasSameSizeAs((List<?>) r.get("failed_elements"));
            found.put((String) r.get("innovation_id"), List.of(r.get("failed_elements"), r.get("failed_findings")));
        });
        assertThat(found.get("P-7")).containsExactly(List.of("problem"), List.of("7 kata"));
        assertThat(found.get("D-0")).containsExactly(List.of("documented"), List.of("0 rujukan"));
        assertThat(found.get("K-NO")).containsExactly(List.of("policy"), List.of("tidak menyebut nomor"));
        assertThat(found.get("K-WORD")).containsExactly(List.of("policy"), List.of("tidak menyebut jenis keputusan"));
        assertThat(found.get("K-EMPTY")).containsExactly(List.of("policy"), List.of("tidak diisi"));
        assertThat(found.get("A-0")).containsExactly(List.of("asn"), List.of("0 orang"));
        assertThat(found.get("B-METRIC")).containsExactly(List.of("benefit"), List.of("indikator manfaat tidak diisi"));
        assertThat(found.get("B-VALUE")).containsExactly(List.of("benefit"), List.of("nilai sebelum atau sesudah tidak diisi"));
        assertThat(found.get("B-WORSE")).containsExactly(List.of("benefit"), List.of("sesudah 12 tidak lebih baik dari sebelum 10 (arah turun)"));
        assertThat(found.get("R-OLD")).containsExactly(List.of("recent"), List.of("2019-01-01"));
        // two failing elements: their findings in the same order
        assertThat(found.get("S-TRY")).containsExactly(List.of("recent", "stage"), List.of("tidak diisi", "uji coba"));
        assertThat(found.get("OK")).containsExactly(List.of(), List.of());
    }
}
