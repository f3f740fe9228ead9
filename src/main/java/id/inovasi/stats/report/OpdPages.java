package id.inovasi.stats.report;

import java.io.IOException;
import java.io.Writer;
import java.sql.Array;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;


import id.inovasi.stats.evidence.EvidenceElement;
import id.inovasi.stats.method.MethodProperties;
import id.inovasi.stats.method.MethodProperties.Evidence;

import org.springframework.stereotype.Component;

import static id.inovasi.stats.report.YearReport.esc;
import static id.inovasi.stats.report.YearReport.num;

/**
 * {@code <year>/<region>/opd/<opd>.html}: the page the Bappeda sends back to each OPD that was
 * expected to report or did, in Indonesian: each innovation, whether it meets the evidence standard
 * and, for each element it fails, what was found and what the rule asks ("latar belakang masalah:
 * 7 kata, minimal 10 kata"). What was found comes from the verdict itself
 * ({@code innovation_assessment.failed_findings}), the rule from the year's method configuration.
 * A silent OPD's page says it reported nothing and what a submission needs.
 */
@Component
class OpdPages {

    private final RegionCursors cursors;
    private final MethodProperties method;

    OpdPages(RegionCursors cursors, MethodProperties method) {
        this.cursors = cursors;
        this.method = method;
    }

    /** Where one OPD's page is written: writes a page of that name with what the writer gives. */
    @FunctionalInterface
    interface PageSink {
        void write(String fileName, PageWriter page) throws IOException;
    }

    /** Every expected or reporting OPD of some regions of a year with its innovations, in region and OPD order. */
    YearReport.RegionCursor rows(int year, List<YearReport.Region> regions) {
        return cursors.open("report/opd-innovations", year, regions);
    }

    /**
     * What every OPD page of a year shares, worked out once for the year: the rule of each element
     * (for the failing ones) and the closing list of what a submission needs.
     */
    record Year(int year, Map<EvidenceElement, String> rules, String standard) {
    }

    Year forYear(int year) {
        Evidence evidence = method.forYear(year).evidence();
        Map<EvidenceElement, String> rules = new java.util.EnumMap<>(EvidenceElement.class);
        StringBuilder standard = new StringBuilder("<h2>Standar data dukung ").append(year).append(": syarat satu inovasi</h2>\n<ul>");
        for (EvidenceElement element : EvidenceElement.inOrder()) {
            rules.put(element, esc(element.rule(evidence, year)));
            standard.append("<li><b>").append(esc(element.label())).append("</b> (kolom ").append(esc(element.columns())).append("): ")
                    .append(rules.get(element)).append("</li>");
        }
        standard.append("</ul>\n<p class=\"note\">Isi laporan dengan templat jobs/template (laporan-inovasi-").append(year)
                .append(".xlsx) agar setiap kolom terisi sesuai aturan.</p>\n");
        return new Year(year, Map.copyOf(rules), standard.toString());
    }

    /** Writes the pages of one region's OPDs, taking the region's rows; returns the file names of the pages. */
    java.util.Set<String> write(Year year, YearReport.Region region, YearReport.RegionCursor rows, PageSink sink) throws IOException {
        java.util.Set<String> pages = new java.util.HashSet<>();
        while (rows.peek() != null && region.code().equals(rows.peek().get("region_code"))) {
            Map<String, Object> first = rows.peek();
            String opdCode = (String) first.get("opd_code");
            String name = fileName(opdCode);
            sink.write(name, (out, html) -> page(year, region, opdCode, rows, html, out));
            pages.add(name);
        }
        return pages;
    }

    private static void page(Year pageYear, YearReport.Region region, String opdCode, YearReport.RegionCursor rows, StringBuilder html,
                             Writer out) throws IOException {
        int year = pageYear.year();
        Map<String, Object> opd = rows.peek();
        String opdName = (String) opd.get("opd_name");
        YearReport.head(html, "Laporan inovasi " + year + " — " + opdName + " — " + region.name());
        html.append("<nav><a href=\"../report.html\">&larr; Laporan ").append(esc(region.name())).append(' ').append(year).append("</a></nav>\n");
        html.append("<section class=\"opd\"><h1>Laporan inovasi ").append(year).append(" — ").append(esc(opdName))
                .append(" <small>(").append(esc(opdCode)).append(")</small></h1>\n");
        html.append("<p>").append(esc(region.name())).append(" (").append(esc(region.code())).append(") · status: <b>")
                .append(statusLabel((String) opd.get("status"))).append("</b>")
                .append(Boolean.TRUE.equals(opd.get("expected")) ? "" : " · tidak ada dalam daftar OPD yang diharapkan melapor tahun ini")
                .append("</p>\n");
        int reported = ((Number) opd.get("reported")).intValue();
        if (reported == 0) {
            rows.take(region.code());   // a silent OPD has one row, without an innovation
            html.append("<p class=\"lead\">OPD ini tidak melaporkan satu pun inovasi pada tahun ").append(year)
                    .append(". Target daerah: setiap OPD minimal satu inovasi yang memenuhi data dukung setiap tahun.</p>\n");
        } else {
            html.append("<p class=\"lead\">").append(num(opd.get("qualified"))).append(" dari ").append(reported)
                    .append(" inovasi memenuhi standar data dukung tahun ").append(year).append(".</p>\n");
            html.append("<table><thead><tr><th>ID</th><th>Inovasi</th><th>Tahapan</th><th>Memenuhi?</th>")
                    .append("<th>Yang masih kurang: yang ditemukan, dan syaratnya</th><th>Prioritas perbaikan di daerah</th></tr></thead><tbody>");
            for (Map<String, Object> row = rows.peek(); row != null && region.code().equals(row.get("region_code"))
                    && opdCode.equals(row.get("opd_code")); row = rows.peek()) {
                rows.take(region.code());
                boolean qualifies = Boolean.TRUE.equals(row.get("innovation_qualified"));
                html.append("<tr><td>").append(esc((String) row.get("innovation_id"))).append("</td><td>").append(esc((String) row.get("title")))
                        .append("</td><td>").append(esc(((String) row.get("stage")).replace('_', ' '))).append("</td><td>")
                        .append(qualifies ? "ya" : "<b>belum</b>").append("</td><td>");
                List<String> failed = texts(row.get("failed_elements"));
                List<String> found = texts(row.get("failed_findings"));
                for (int i = 0; i < failed.size(); i++) {
                    EvidenceElement element = EvidenceElement.of(failed.get(i));
                    html.append(i == 0 ? "" : "<br>").append("<b>").append(esc(element.label())).append("</b>: ")
                            .append(esc(i < found.size() ? found.get(i) : "")).append("; syarat: ").append(pageYear.rules().get(element));
                }
                html.append("</td><td>").append(priority(row)).append("</td></tr>");
                if (html.length() > 64 * 1024) {
                    out.append(html);
                    html.setLength(0);
                }
            }
            html.append("</tbody></table>\n");
        }
        html.append(pageYear.standard()).append("</section>\n");
        YearReport.foot(html);
        out.append(html);
    }

    private static String priority(Map<String, Object> row) {
        if (row.get("priority") == null) {
            return "";
        }
        boolean gains = ((java.math.BigDecimal) row.get("fix_gain")).signum() > 0;
        return "#" + num(row.get("priority")) + (gains ? ": +" + num(row.get("fix_gain")) + " pada estimasi indeks" : ": tidak menaikkan estimasi");
    }

    /** The status of an OPD's coverage, in Indonesian with its code. */
    static String statusLabel(String status) {
        return switch (status) {
            case "qualified" -> "ada yang memenuhi (qualified)";
            case "none_qualified" -> "melapor, belum ada yang memenuhi (none_qualified)";
            case "silent" -> "belum melapor (silent)";
            default -> esc(status);
        };
    }

    /**
     * The page's file name: the OPD code with every character other than letters, digits, {@code -}
     * and {@code _} (a dot too, but not as the first character) written as {@code ~} and its hex code,
     * so any code gives one safe name inside the region's folder.
     */
    static String fileName(String opdCode) {
        StringBuilder name = new StringBuilder(opdCode.length() + 5);
        for (int i = 0; i < opdCode.length(); ) {
            int c = opdCode.codePointAt(i);
            boolean plain = c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || (c == '.' && i > 0));
            name.append(plain ? Character.toString(c) : "~" + Integer.toHexString(c));
            i += Character.charCount(c);
        }
        return name.append(".html").toString();
    }

    /** A text array column's values ({@code failed_elements}, {@code failed_findings}); empty for NULL. */
    static List<String> texts(Object array) {
        if (array == null) {
            return List.of();
        }
        try {
            Object[] values = (Object[]) ((Array) array).getArray();
            return java.util.Arrays.stream(values).map(String::valueOf).toList();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

}
