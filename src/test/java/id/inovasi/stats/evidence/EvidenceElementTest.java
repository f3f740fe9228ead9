package id.inovasi.stats.evidence;

import java.util.List;

import id.inovasi.stats.method.MethodProperties.Evidence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The elements' rules in plain Indonesian, from a year's figures (no Spring, no database). */
class EvidenceElementTest {

    private final Evidence figures = new Evidence(10, 1, List.of("SK", "Perbup", "Surat Edaran"), true, 1, List.of("uji_coba", "penerapan"), 2);

    @Test
    void eachRuleSaysTheYearsFigures() {
        assertThat(EvidenceElement.PROBLEM.rule(figures, 2023)).isEqualTo("minimal 10 kata");
        assertThat(EvidenceElement.RECENT.rule(figures, 2023)).isEqualTo("diterapkan antara 1 Januari 2021 dan 31 Desember 2023");
        assertThat(EvidenceElement.POLICY.rule(figures, 2023)).startsWith("menyebut salah satu dari SK, Perbup, Surat Edaran, beserta nomornya");
        assertThat(EvidenceElement.STAGE.rule(figures, 2023)).isEqualTo("tahapan uji coba atau penerapan");
        assertThat(EvidenceElement.ASN.rule(new Evidence(10, 1, List.of("SK"), false, 3, List.of("penerapan"), 1), 2025))
                .isEqualTo("jumlah ASN yang menerapkan inovasi minimal 3 orang");
    }

    @Test
    void theElementsAreInTheOrderOfFailedElements() {
        List<String> codes = EvidenceElement.inOrder().stream().map(EvidenceElement::code).toList();
        assertThat(codes).isSorted().containsExactly("asn", "benefit", "documented", "policy", "problem", "recent", "stage");
        assertThat(EvidenceElement.of("policy")).isEqualTo(EvidenceElement.POLICY);
        assertThatThrownBy(() -> EvidenceElement.of("nope")).hasMessageContaining("no evidence element nope");
    }
}
