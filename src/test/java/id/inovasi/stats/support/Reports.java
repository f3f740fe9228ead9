package id.inovasi.stats.support;

import java.util.LinkedHashMap;
import java.util.Map;

import id.inovasi.stats.method.Indicator;

/** Report rows for tests: one that meets every element of the evidence standard, changed column by column. */
public final class Reports {

    private static final String TEN_WORDS = "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh";

    private Reports() {
    }

    public static String header() {
        return String.join(",", base("x").keySet()) + "\n";
    }

    /** A 2023 row of region 35.20, OPD 1.02, that qualifies; each change is {@code column=value}. */
    public static String innovation(String id, String... changes) {
        Map<String, String> v = base(id);
        for (String change : changes) {
            int eq = change.indexOf('=');
            String column = change.substring(0, eq);
            if (!v.containsKey(column)) {
                throw new IllegalArgumentException("no column " + column);
            }
            v.put(column, change.substring(eq + 1));
        }
        return String.join(",", v.values().stream().map(s -> s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s).toList()) + "\n";
    }

    private static Map<String, String> base(String id) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("year", "2023");
        v.put("region_code", "35.20");
        v.put("opd_code", "1.02");
        v.put("opd_name", "Dinas Kesehatan");
        v.put("innovation_id", id);
        v.put("title", "Judul");
        v.put("form", "lainnya");
        v.put("kind", "digital");
        v.put("stage", "penerapan");
        v.put("applied_date", "2022-06-01");
        v.put("problem_statement", TEN_WORDS);
        v.put("documentation", "a.pdf");
        v.put("policy_ref", "SK Bupati No. 188/45/2023");
        v.put("asn_implementers", "1");
        v.put("benefit_metric", "biaya listrik (juta Rp/tahun)");
        v.put("benefit_before", "10");
        v.put("benefit_after", "8");
        v.put("benefit_direction", "lower_is_better");
        for (Indicator indicator : Indicator.values()) {
            v.put(indicator.column(), "0");
        }
        return v;
    }
}
