package id.inovasi.stats.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.inovasi.stats.database.SetBasedPlans;
import id.inovasi.stats.database.SqlFiles;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The page of one region and year: the headline numbers, the charts and the table of what each
 * innovation still lacks. Every number comes from the summary tables, read for many regions at
 * once (a statement per part of the page, not per region).
 */
@Component
class YearReport {

    /** An element's name as the page shows it: the Indonesian name, then the code in brackets. */
    private static String elementLabel(String code) {
        return id.inovasi.stats.evidence.EvidenceElement.of(code).label() + " (" + code + ")";
    }

    private final JdbcClient jdbc;
    private final SqlFiles sql;
    private final RegionCursors cursors;

    YearReport(JdbcClient jdbc, SqlFiles sql, RegionCursors cursors) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.cursors = cursors;
    }

    /** A region with reports in a year. */
    record Region(String code, String name, long reported) {
    }

    /** Everything one region's page shows, read for many regions at once. */
    record RegionRows(Region region, Map<String, Object> summary, Map<String, Object> trend, List<Map<String, Object>> estimates,
                      List<Map<String, Object>> history, List<Map<String, Object>> opds, List<Map<String, Object>> missing,
                      List<Map<String, Object>> fixes, List<Map<String, Object>> coverage) {
    }

    /**
     * Prepares the year's read-only transaction for its reads. They are set-based over a group of
     * regions: each table a statement joins is read for the group's regions
     * ({@code region_code = ANY (:regions)} is written on every one of them, as the planner does not
     * carry it over a join) and the rows are joined by hash. Left to itself, the planner joined a
     * group's rows by index lookups, row by row: for a national group of 100 regions, the OPD pages'
     * rows took 86-130 ms that way and 28-38 ms by hash, what the region pages' innovations lack
     * 44-60 ms against 11-14 ms (PostgreSQL 15 and 17). No merge joins or JIT either
     * ({@link SetBasedPlans}).
     */
    void prepareReads() {
        SetBasedPlans.forThisTransaction(jdbc);
    }

    /** The regions with reports in a year, in code order. */
    List<Region> regions(int year) {
        return jdbc.sql(sql.get("report/regions-of-year")).param("year", year)
                .query((rs, n) -> new Region(rs.getString("region_code"), rs.getString("region_name"), rs.getLong("reported"))).list();
    }

    /**
     * What the pages of these regions show: a statement per part for all of them, not per region.
     * The long part, what each innovation lacks, is streamed instead: {@link #gaps}.
     */
    List<RegionRows> load(int year, List<Region> regions) {
        String[] codes = regions.stream().map(Region::code).toArray(String[]::new);
        Map<String, List<Map<String, Object>>> summaries = byRegion("report/region-summaries", year, codes);
        Map<String, List<Map<String, Object>>> trends = byRegion("report/region-trends", year, codes);
        Map<String, List<Map<String, Object>>> estimates = byRegion("report/region-estimates", year, codes);
        Map<String, List<Map<String, Object>>> history = byRegion("report/score-history", year, codes);
        Map<String, List<Map<String, Object>>> opds = byRegion("report/opd-summaries", year, codes);
        Map<String, List<Map<String, Object>>> missing = byRegion("report/missing-elements", year, codes);
        Map<String, List<Map<String, Object>>> fixes = byRegion("report/region-fixes", year, codes);
        Map<String, List<Map<String, Object>>> coverage = byRegion("report/opd-coverage", year, codes);
        List<RegionRows> rows = new ArrayList<>();
        for (Region region : regions) {
            String code = region.code();
            rows.add(new RegionRows(region, first(summaries.get(code)), first(trends.get(code)), all(estimates.get(code)),
                    all(history.get(code)), all(opds.get(code)), all(missing.get(code)), all(fixes.get(code)), all(coverage.get(code))));
        }
        return rows;
    }

    private Map<String, List<Map<String, Object>>> byRegion(String query, int year, String[] regions) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        jdbc.sql(sql.get(query)).param("year", year).param("regions", regions).query(new RowMaps()).list()
                .forEach(row -> rows.computeIfAbsent((String) row.get("region_code"), k -> new ArrayList<>()).add(row));
        return rows;
    }

    private static Map<String, Object> first(List<Map<String, Object>> rows) {
        return rows == null || rows.isEmpty() ? null : rows.get(0);
    }

    private static List<Map<String, Object>> all(List<Map<String, Object>> rows) {
        return rows == null ? List.of() : rows;
    }

    /**
     * One region's page of a year, whole, composed in {@code html} (empty) and written to {@code out}.
     * {@code overview}: the link back to the year's overview, or null.
     */
    void renderRegion(int year, RegionRows rows, String overview, RegionCursor gaps, StringBuilder html, java.io.Writer out)
            throws java.io.IOException {
        head(html, "Laporan Inovasi Daerah " + year + " — " + rows.region().name());
        if (overview != null) {
            html.append("<nav><a href=\"").append(esc(overview)).append("\">&larr; Ringkasan ").append(year)
                    .append(" (all regions of the year)</a></nav>\n");
        }
        region(html, year, rows);
        gaps(html, rows.region().code(), gaps, out);
        html.append("</section>\n");
        foot(html);
        out.append(html);
    }

    /**
     * Every innovation of some regions of a year that does not qualify, in region, OPD and id
     * order, read through a cursor: the caller renders the regions' pages in the same order, each
     * taking its own rows, so a region of a million innovations never sits in memory.
     */
    RegionCursor gaps(int year, List<Region> regions) {
        return cursors.open("report/gaps-per-opd", year, regions);
    }

    /** Rows read through a cursor in region order, taken region by region ({@link #gaps}, the OPD pages' rows). */
    static final class RegionCursor implements AutoCloseable {
        private final java.util.stream.Stream<Map<String, Object>> stream;
        private final java.util.Iterator<Map<String, Object>> rows;
        private Map<String, Object> next;

        RegionCursor(java.util.stream.Stream<Map<String, Object>> stream) {
            this.stream = stream;
            this.rows = stream.iterator();
            this.next = rows.hasNext() ? rows.next() : null;
        }

        /** The next row without taking it, or null at the end. */
        Map<String, Object> peek() {
            return next;
        }

        /** The next row if it belongs to the region, else null (the row stays for the next region). */
        Map<String, Object> take(String regionCode) {
            if (next == null || !regionCode.equals(next.get("region_code"))) {
                return null;
            }
            Map<String, Object> row = next;
            next = rows.hasNext() ? rows.next() : null;
            return row;
        }

        @Override
        public void close() {
            stream.close();
        }
    }

    static void head(StringBuilder html, String title) {
        html.append("""
                <!DOCTYPE html>
                <html lang="id"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                """);
        html.append("<title>").append(esc(title)).append("</title>\n<style>").append(CSS).append("</style></head><body>\n");
    }

    static void foot(StringBuilder html) {
        html.append("<footer>Dibuat oleh inovasi-stats dari tabel ringkasan (stats.*); definisi tabel dan metode: docs/ di repositori inovasi-stats. ")
                .append("Every figure on this page is read from the summary tables of the run that wrote it.</footer></body></html>\n");
    }

    private void region(StringBuilder html, int year, RegionRows rows) {
        String regionCode = rows.region().code();
        String regionName = rows.region().name();
        Map<String, Object> summary = rows.summary();
        Map<String, Object> trend = rows.trend();
        List<Map<String, Object>> estimates = rows.estimates();
        html.append("<section class=\"region\"><h1>Laporan Inovasi Daerah ").append(year).append(" — ").append(esc(regionName))
                .append(" <small>(").append(esc(regionCode)).append(")</small></h1>\n");

        headline(html, summary, trend, estimates);
        fixes(html, year, rows.fixes(), estimates, trend);
        coverage(html, summary, rows.coverage());
        charts(html, regionName, rows);
    }

    private static void headline(StringBuilder html, Map<String, Object> summary, Map<String, Object> trend, List<Map<String, Object>> estimates) {
        html.append("<div class=\"headline\">");
        tile(html, "Inovasi dilaporkan", "reported", num(summary.get("reported")), delta(summary.get("reported_delta")));
        tile(html, "Memenuhi data dukung", "qualified", num(summary.get("qualified")) + " <small>(" + pct(summary.get("qualified_share")) + ")</small>",
                delta(summary.get("qualified_delta")));
        Object expected = summary.get("opds_expected");
        if (expected != null && ((Number) expected).intValue() > 0) {
            tile(html, "Cakupan OPD", "expected OPDs with a qualifying innovation", pct(summary.get("opd_coverage_share")),
                    num(summary.get("opds_silent")) + " dari " + num(expected) + " OPD belum melapor (silent)");
        }
        if (trend != null) {
            tile(html, "Indeks resmi", "official IID score, " + esc((String) trend.get("predicate")), num(trend.get("score")), delta(trend.get("score_delta")));
            tile(html, "Peringkat klaster " + esc((String) trend.get("cluster")), "rank of " + num(trend.get("ranked_count")),
                    num(trend.get("rank")), rankChange(trend.get("rank_change")));
        }
        for (Map<String, Object> e : estimates) {
            tile(html, "Estimasi: " + scenarioLabel((String) e.get("scenario")), "index estimate, " + e.get("submitted") + " submitted",
                    e.get("index_estimate") == null ? "—" : num(e.get("index_estimate")),
                    "SID " + num(e.get("sid_score")) + (e.get("estimated_rank") == null ? ""
                            : " · peringkat ~" + num(e.get("estimated_rank")) + " dari " + num(e.get("estimated_ranked_count"))));
        }
        html.append("</div>\n");
    }

    /** What to fix first: the top fixes by gain, and where the estimate and rank would go. */
    private static void fixes(StringBuilder html, int year, List<Map<String, Object>> fixes, List<Map<String, Object>> estimates,
                              Map<String, Object> trend) {
        html.append("<h2>Yang diperbaiki dulu (what to fix first)</h2>\n");
        Map<String, Object> best = scenario(estimates, "best_subset");
        Map<String, Object> ceiling = scenario(estimates, "all_fixed");
        if (fixes.isEmpty()) {
            html.append("<p class=\"lead\">Tidak ada perbaikan satu inovasi yang menaikkan estimasi: pilihan terbaik saat ini sudah memuat ")
                    .append("inovasi paling matang (no single fix raises the best estimate).</p>\n");
        } else {
            Map<String, Object> last = fixes.get(fixes.size() - 1);
            html.append("<p class=\"lead\">Perbaiki ").append(fixes.size()).append(" inovasi ini");
            if (best != null && best.get("index_estimate") != null && last.get("estimate_if_fixed_through") != null) {
                html.append(" dan estimasi naik dari <b>").append(num(best.get("index_estimate"))).append("</b> menjadi <b>")
                        .append(num(last.get("estimate_if_fixed_through"))).append("</b>");
                if (last.get("estimated_rank_if_fixed_through") != null && best.get("estimated_rank") != null) {
                    html.append(", peringkat sekitar <b>").append(num(last.get("estimated_rank_if_fixed_through"))).append("</b> alih-alih ")
                            .append(num(best.get("estimated_rank"))).append(" dari ").append(num(best.get("estimated_ranked_count")))
                            .append(" (").append(basis(best, year)).append(")");
                }
            } else {
                html.append(": tambahan estimasi per inovasi di bawah (tanpa skor SPD, estimasi indeks tidak dapat dihitung)");
            }
            html.append(".</p>\n<table><thead><tr><th>#</th><th>Inovasi</th><th>OPD</th><th>Yang kurang (missing)</th><th>Kematangan</th>")
                    .append("<th>Tambahan estimasi (fix_gain)</th><th>Estimasi bila diperbaiki s.d. ini</th></tr></thead><tbody>");
            for (Map<String, Object> f : fixes) {
                html.append("<tr><td class=\"num\">").append(num(f.get("priority"))).append("</td><td>").append(esc((String) f.get("title")))
                        .append(" <small>(").append(esc((String) f.get("innovation_id"))).append(")</small></td><td>")
                        .append(esc((String) f.get("opd_name"))).append("</td><td>").append(esc(elements(f.get("failed_elements"))))
                        .append("</td><td class=\"num\">").append(num(f.get("maturity_score"))).append("</td><td class=\"num\">+")
                        .append(num(f.get("fix_gain"))).append("</td><td class=\"num\">").append(num(f.get("estimate_if_fixed_through")))
                        .append(f.get("estimated_rank_if_fixed_through") == null ? "" : " (~" + num(f.get("estimated_rank_if_fixed_through")) + ")")
                        .append("</td></tr>");
            }
            html.append("</tbody></table>\n");
        }
        if (ceiling != null && ceiling.get("index_estimate") != null) {
            html.append("<p class=\"note\">Batas atas (all_fixed): bila semua inovasi yang dilaporkan memenuhi data dukung, estimasi ")
                    .append(num(ceiling.get("index_estimate")))
                    .append(ceiling.get("estimated_rank") == null ? "" : ", peringkat sekitar " + num(ceiling.get("estimated_rank")))
                    .append(". Perkiraan peringkat dibanding nilai resmi daerah lain di klaster yang sama");
            if (trend != null) {
                html.append("; peringkat resmi tahun ini ").append(num(trend.get("rank")));
            }
            html.append(".</p>\n");
        }
    }

    private static String basis(Map<String, Object> estimate, int year) {
        return "same_year".equals(estimate.get("estimated_rank_basis")) ? "dibanding nilai resmi " + year
                : "dibanding nilai resmi " + (year - 1) + ", karena nilai " + year + " belum dimuat";
    }

    private static Map<String, Object> scenario(List<Map<String, Object>> estimates, String scenario) {
        return estimates.stream().filter(e -> scenario.equals(e.get("scenario"))).findFirst().orElse(null);
    }

    /** Which OPDs report: every expected or reporting OPD, the silent ones first, each linking to its page. */
    private static void coverage(StringBuilder html, Map<String, Object> summary, List<Map<String, Object>> coverage) {
        html.append("<h2>Cakupan OPD (which OPDs report)</h2>\n");
        List<Map<String, Object>> silent = coverage.stream().filter(c -> "silent".equals(c.get("status"))).toList();
        Object expected = summary.get("opds_expected");
        html.append("<p class=\"lead\">").append(num(expected)).append(" OPD diharapkan melapor (")
                .append(coverage.isEmpty() || "roster".equals(coverage.get(0).get("expected_source")) ? "daftar OPD" : "yang melapor dua tahun terakhir")
                .append("); ").append(silent.isEmpty() ? "semuanya melapor" : silent.size() + " belum melapor: "
                        + String.join(", ", silent.stream().map(c -> esc((String) c.get("opd_name"))).toList()))
                .append(". Target: setiap OPD minimal satu inovasi yang memenuhi data dukung setiap tahun.</p>\n");
        html.append("<table><thead><tr><th>OPD</th><th>Status</th><th>Dilaporkan</th><th>Memenuhi</th><th>Diharapkan</th></tr></thead><tbody>");
        List<Map<String, Object>> ordered = new ArrayList<>(silent);
        coverage.stream().filter(c -> !"silent".equals(c.get("status"))).forEach(ordered::add);
        for (Map<String, Object> c : ordered) {
            html.append("<tr><td><a href=\"opd/").append(esc(OpdPages.fileName((String) c.get("opd_code")))).append("\">")
                    .append(esc((String) c.get("opd_name"))).append("</a> <small>(").append(esc((String) c.get("opd_code"))).append(")</small></td><td>")
                    .append(OpdPages.statusLabel((String) c.get("status"))).append("</td><td class=\"num\">").append(num(c.get("reported")))
                    .append("</td><td class=\"num\">").append(num(c.get("qualified"))).append("</td><td>")
                    .append(Boolean.TRUE.equals(c.get("expected")) ? "ya" : "tidak").append("</td></tr>");
        }
        html.append("</tbody></table>\n");
    }

    private static void charts(StringBuilder html, String regionName, RegionRows rows) {
        Map<String, Object> trend = rows.trend();
        List<Map<String, Object>> estimates = rows.estimates();
        List<Map<String, Object>> history = rows.history();
        List<String> years = history.stream().map(r -> String.valueOf(r.get("year"))).toList();
        html.append("<h2>Grafik (charts)</h2>\n");
        figure(html, "Nilai indeks resmi dan median klaster (official score against the cluster median)",
                Svg.lines("Official score and cluster median", years, "tahun", List.of(
                        new Svg.Series("skor " + regionName, Svg.BLUE, history.stream().map(r -> dbl(r.get("score"))).toList()),
                        new Svg.Series("median klaster", Svg.GREY, history.stream().map(r -> dbl(r.get("cluster_median"))).toList())),
                        0, 100, false, "nilai indeks (0-100)"));
        double worst = history.stream().mapToDouble(r -> r.get("ranked_count") == null ? 1 : dbl(r.get("ranked_count"))).max().orElse(1);
        figure(html, "Peringkat dari tahun ke tahun (rank over the years; 1 is the top)",
                Svg.lines("Rank over the years", years, "tahun", List.of(new Svg.Series("peringkat", Svg.ORANGE,
                        history.stream().map(r -> r.get("rank") == null ? null : dbl(r.get("rank"))).toList())), 1, worst, true,
                        "peringkat di klaster"));
        if (trend != null && trend.get("rank_change") != null) {
            figure(html, "Mengapa peringkat berubah (why the rank moved): own score change, the others' movement, the total",
                    Svg.bars("Own and others' effect on the rank", List.of("sendiri (own_effect)", "daerah lain (others_effect)",
                            "total (rank_change)"), List.of(new Svg.Series("perubahan peringkat", Svg.RED,
                            List.of(dbl(trend.get("own_effect")), dbl(trend.get("others_effect")), dbl(trend.get("rank_change"))))),
                            "posisi (+ naik, - turun)"));
            html.append("<p class=\"note\">Had no other region moved, the score of ").append(num(trend.get("score"))).append(" would have ranked ")
                    .append(num(trend.get("rank_if_others_static"))).append(" (it was ").append(num(trend.get("prev_rank")))
                    .append(" last year); ").append(num(trend.get("overtaken_by"))).append(" regions ranked below it last year are above it now.</p>");
        }
        List<Map<String, Object>> opds = rows.opds();
        figure(html, "Dilaporkan dan memenuhi data dukung per OPD (reported vs qualified per OPD)",
                Svg.bars("Reported and qualified per OPD", opds.stream().map(o -> (String) o.get("opd_name")).toList(), List.of(
                        new Svg.Series("dilaporkan (reported)", Svg.GREY, opds.stream().map(o -> dbl(o.get("reported"))).toList()),
                        new Svg.Series("memenuhi (qualified)", Svg.GREEN, opds.stream().map(o -> dbl(o.get("qualified"))).toList())),
                        "jumlah inovasi"));
        List<Map<String, Object>> missing = rows.missing();
        figure(html, "Unsur data dukung yang paling sering kurang (evidence elements most often missing)",
                Svg.horizontalBars("Evidence elements most often missing",
                        missing.stream().map(m -> elementLabel((String) m.get("element"))).toList(),
                        missing.stream().map(m -> dbl(m.get("innovations"))).toList(), Svg.RED, "inovasi yang kurang unsur ini"));
        boolean indexKnown = estimates.stream().allMatch(e -> e.get("index_estimate") != null);
        figure(html, "Skenario estimasi indeks dan perkiraan peringkatnya (the scenarios of the estimate, with their estimated rank)",
                Svg.bars("Index estimate per scenario", estimates.stream().map(e -> scenarioLabel((String) e.get("scenario"))
                                + (e.get("estimated_rank") == null ? "" : " ~" + num(e.get("estimated_rank")))).toList(),
                        List.of(new Svg.Series(indexKnown ? "estimasi indeks" : "SID", Svg.BLUE,
                                estimates.stream().map(e -> dbl(e.get("index_estimate") != null ? e.get("index_estimate") : e.get("sid_score"))).toList())),
                        indexKnown ? "estimasi indeks (0-100)" : "SID (tanpa SPD)"));
    }

    private static void gaps(StringBuilder html, String regionCode, RegionCursor gaps, java.io.Writer out) throws java.io.IOException {
        html.append("<h2>Yang masih kurang per OPD (what each innovation still lacks)</h2>\n");
        Map<String, Object> g = gaps.take(regionCode);
        if (g == null) {
            html.append("<p>Semua inovasi memenuhi data dukung (every innovation qualifies).</p>");
            return;
        }
        String opd = null;
        for (; g != null; g = gaps.take(regionCode)) {
            String rowOpd = g.get("opd_code") + " " + g.get("opd_name");
            if (!rowOpd.equals(opd)) {
                if (opd != null) {
                    html.append("</tbody></table>\n");
                }
                opd = rowOpd;
                html.append("<h3>").append(esc(opd)).append("</h3><table><thead><tr><th>ID</th><th>Inovasi</th><th>Kurang (missing)</th><th>Kematangan</th></tr></thead><tbody>");
            }
            html.append("<tr><td>").append(esc((String) g.get("innovation_id"))).append("</td><td>").append(esc((String) g.get("title")))
                    .append("</td><td>").append(esc(elements(g.get("failed_elements")))).append("</td><td class=\"num\">")
                    .append(num(g.get("maturity_score"))).append("</td></tr>");
            if (html.length() > 64 * 1024) {
                out.append(html);
                html.setLength(0);
            }
        }
        html.append("</tbody></table>\n");
    }

    private static String elements(Object array) {
        return String.join("; ", OpdPages.texts(array).stream().map(YearReport::elementLabel).toList());
    }

    private static void tile(StringBuilder html, String label, String code, String value, String change) {
        html.append("<div class=\"tile\"><div class=\"label\">").append(label).append("</div><div class=\"value\">").append(value)
                .append("</div><div class=\"code\">").append(code).append("</div><div class=\"change\">").append(change).append("</div></div>");
    }

    private static void figure(StringBuilder html, String caption, String svg) {
        html.append("<figure>").append(svg).append("<figcaption>").append(esc(caption)).append("</figcaption></figure>\n");
    }

    private static String scenarioLabel(String scenario) {
        return switch (scenario) {
            case "qualified_only" -> "hanya yang memenuhi (qualified_only)";
            case "all_reported" -> "semua dilaporkan (all_reported)";
            case "best_subset" -> "pilihan terbaik (best_subset)";
            case "all_fixed" -> "semua diperbaiki (all_fixed)";
            default -> scenario;
        };
    }

    private static String delta(Object value) {
        if (value == null) {
            return "tidak ada tahun lalu (no previous year)";
        }
        double d = dbl(value);
        return (d > 0 ? "+" : "") + Svg.fmt(d) + " dari tahun lalu";
    }

    static String rankChange(Object value) {
        if (value == null) {
            return "tidak ada tahun lalu (no previous year)";
        }
        int change = ((Number) value).intValue();
        return change > 0 ? "naik " + change + " (up)" : change < 0 ? "turun " + (-change) + " (down)" : "tetap (same)";
    }

    static String pct(Object share) {
        return share == null ? "—" : Svg.fmt(((BigDecimal) share).doubleValue() * 100) + "%";
    }

    static String num(Object value) {
        return value == null ? "—" : value instanceof Number n ? Svg.fmt(n.doubleValue()) : esc(String.valueOf(value));
    }

    static Double dbl(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    static String esc(String s) {
        return s == null ? "" : Svg.esc(s);
    }

    private static final String CSS = """
            body{font-family:"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;margin:24px auto;max-width:1100px;color:#222;line-height:1.4}
            h1{font-size:24px;border-bottom:3px solid #1f5f99;padding-bottom:6px}h1 small{color:#777;font-weight:normal}
            h2{font-size:19px;margin-top:28px}h3{font-size:15px;margin:16px 0 6px}
            .headline{display:flex;flex-wrap:wrap;gap:10px;margin:12px 0 18px}
            .tile{border:1px solid #d0d7de;border-radius:6px;padding:10px 14px;min-width:150px;flex:1}
            .tile .label{font-size:13px;color:#555}.tile .value{font-size:26px;font-weight:600;color:#1f5f99}
            .tile .code{font-size:11px;color:#888}.tile .change{font-size:12px;color:#333}
            figure{margin:18px 0;page-break-inside:avoid}figcaption{font-size:13px;color:#444;margin-top:4px}
            figure svg{width:100%;height:auto;background:#fff}.lead{font-size:15px}
            table{border-collapse:collapse;width:100%;font-size:13px;page-break-inside:auto}
            th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f3f6f9}
            td.num{text-align:right}.note{font-size:13px;color:#444}nav{font-size:13px;margin-bottom:8px}
            footer{margin-top:30px;font-size:11px;color:#777}
            @page{size:A4;margin:14mm}
            @media print{body{margin:0;max-width:none;font-size:11pt}.tile{break-inside:avoid}h2{break-after:avoid}
            tr{break-inside:avoid}a{color:inherit;text-decoration:none}nav{display:none}}
            """;
}
