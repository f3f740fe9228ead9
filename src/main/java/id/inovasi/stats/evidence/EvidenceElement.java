package id.inovasi.stats.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import id.inovasi.stats.method.MethodProperties.Evidence;

/**
 * The elements of the evidence standard (memenuhi data dukung), in the byte order of their codes
 * (the order of {@code failed_elements}), with the Indonesian name an OPD knows each by, the
 * report columns it reads, and its rule in plain Indonesian for a year's figures.
 */
public enum EvidenceElement {
    ASN("asn", "ASN pelaksana", "jumlah_asn"),
    BENEFIT("benefit", "manfaat terukur", "indikator_manfaat, nilai_sebelum, nilai_sesudah, arah_manfaat"),
    DOCUMENTED("documented", "dokumentasi", "dokumentasi"),
    POLICY("policy", "dasar hukum / SK", "dasar_hukum"),
    PROBLEM("problem", "latar belakang masalah", "latar_belakang"),
    RECENT("recent", "tanggal penerapan", "tgl_penerapan"),
    STAGE("stage", "tahap penerapan", "tahapan");

    private final String code;
    private final String label;
    private final String columns;

    EvidenceElement(String code, String label, String columns) {
        this.code = code;
        this.label = label;
        this.columns = columns;
    }

    /** The code stored in {@code failed_elements} and in the {@code missing_<code>} columns. */
    public String code() {
        return code;
    }

    /** The Indonesian name, lower case, as it reads inside a sentence. */
    public String label() {
        return label;
    }

    /** The Indonesian header names of the report columns the element reads. */
    public String columns() {
        return columns;
    }

    public static EvidenceElement of(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no evidence element " + code));
    }

    /** What the element asks of an innovation reported for {@code year}, with that year's figures. */
    public String rule(Evidence e, int year) {
        return switch (this) {
            case ASN -> "jumlah ASN yang menerapkan inovasi minimal " + e.asnMin() + " orang";
            case BENEFIT -> "indikator manfaat diisi, nilai sebelum dan sesudah diisi, dan nilai sesudah lebih baik"
                    + " dari nilai sebelum menurut arah manfaat (naik: lebih tinggi; turun: lebih rendah)";
            case DOCUMENTED -> "minimal " + e.documentationMinRefs() + " rujukan dokumen (tautan atau nama berkas),"
                    + " beberapa rujukan dipisah dengan |";
            case POLICY -> "menyebut salah satu dari " + String.join(", ", e.policyInstruments())
                    + (e.policyNeedsNumber() ? ", beserta nomornya" : "")
                    + " (huruf besar-kecil sesuai, sebagai kata utuh: SKPD bukan SK)";
            case PROBLEM -> "minimal " + e.problemMinWords() + " kata";
            case RECENT -> "diterapkan antara 1 Januari " + (year - e.recencyYears()) + " dan 31 Desember " + year;
            case STAGE -> "tahapan " + e.eligibleStages().stream().map(s -> s.replace('_', ' ')).collect(Collectors.joining(" atau "));
        };
    }

    /** The elements in the order of {@code failed_elements}. */
    public static List<EvidenceElement> inOrder() {
        return List.of(values());
    }
}
