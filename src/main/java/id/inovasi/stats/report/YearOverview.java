package id.inovasi.stats.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.inovasi.stats.database.SqlFiles;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The overview of a year with several regions: every region with reports and its headline
 * numbers (linking to its page), the distribution of official scores per cluster, and the
 * cluster's largest movers. Streams the region table, so a national year stays small in memory.
 */
@Component
class YearOverview {

    private static final String[] CLUSTERS = {"provinsi", "kabupaten", "kota"};

    private final JdbcClient jdbc;
    private final SqlFiles sql;

    YearOverview(JdbcClient jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** The year's overview page, composed in {@code html} (empty) part by part and written to {@code out}. */
    void render(int year, StringBuilder html, Writer out) throws IOException {
        YearReport.head(html, "Ringkasan Indeks Inovasi Daerah " + year);
        html.append("<section class=\"region\"><h1>Ringkasan inovasi daerah ").append(year)
                .append(" <small>(overview of every region with reports)</small></h1>\n");
        distribution(html, year);
        movers(html, year);
        html.append("<h2>Daerah dengan laporan (regions with reports)</h2>\n<table><thead><tr><th>Kode</th><th>Daerah</th><th>Klaster</th>")
                .append("<th>Dilaporkan</th><th>Memenuhi</th><th>Indeks resmi</th><th>Peringkat</th><th>Perubahan</th>")
                .append("<th>Estimasi terbaik</th></tr></thead><tbody>\n");
        out.append(html);
        html.setLength(0);
        int[] regions = new int[1];
        jdbc.sql(sql.get("report/year-overview")).param("year", year).query(rs -> {
            String code = rs.getString("region_code");
            html.append("<tr><td><a href=\"").append(YearReport.esc(code)).append("/report.html\">").append(YearReport.esc(code))
                    .append("</a></td><td>").append(YearReport.esc(rs.getString("region_name"))).append("</td><td>")
                    .append(YearReport.esc(rs.getString("cluster"))).append("</td><td class=\"num\">")
                    .append(YearReport.num(rs.getObject("reported"))).append("</td><td class=\"num\">")
                    .append(YearReport.num(rs.getObject("qualified"))).append(" (").append(YearReport.pct(rs.getBigDecimal("qualified_share")))
                    .append(")</td><td class=\"num\">").append(YearReport.num(rs.getObject("score"))).append("</td><td class=\"num\">")
                    .append(YearReport.num(rs.getObject("rank"))).append(rs.getObject("ranked_count") == null ? "" : " / " + rs.getObject("ranked_count"))
                    .append("</td><td>").append(rs.getObject("rank_change") == null ? "—" : YearReport.rankChange(rs.getObject("rank_change")))
                    .append("</td><td class=\"num\">").append(YearReport.num(rs.getObject("best_estimate"))).append("</td></tr>\n");
            regions[0]++;
            if (html.length() > 32 * 1024) {
                try {
                    out.append(html);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                html.setLength(0);
            }
        });
        html.append("</tbody></table>\n<p class=\"note\">").append(regions[0])
                .append(" daerah; pilih kode daerah untuk halaman lengkapnya (choose a region code for its page).</p></section>\n");
        YearReport.foot(html);
        out.append(html);
    }

    /** How many ranked regions of each cluster fall in each ten-point band of the official score. */
    private void distribution(StringBuilder html, int year) {
        Map<String, double[]> bands = new LinkedHashMap<>();
        for (String cluster : CLUSTERS) {
            bands.put(cluster, new double[10]);
        }
        jdbc.sql(sql.get("report/cluster-scores")).param("year", year).query(rs -> {
            double[] counts = bands.get(rs.getString("cluster"));
            counts[Math.min(9, (int) (rs.getDouble("score") / 10))]++;
        });
        List<String> labels = new ArrayList<>();
        for (int band = 0; band < 10; band++) {
            labels.add(band * 10 + "–" + (band * 10 + 10));
        }
        String[] colors = {Svg.ORANGE, Svg.BLUE, Svg.GREEN};
        List<Svg.Series> series = new ArrayList<>();
        int c = 0;
        for (Map.Entry<String, double[]> cluster : bands.entrySet()) {
            List<Double> counts = new ArrayList<>();
            for (double count : cluster.getValue()) {
                counts.add(count);
            }
            series.add(new Svg.Series(cluster.getKey(), colors[c++], counts));
        }
        html.append("<figure>").append(Svg.bars("Official scores per cluster", labels, series, "jumlah daerah"))
                .append("<figcaption>Sebaran nilai indeks resmi per klaster (regions per ten-point band of the official score)</figcaption></figure>\n");
    }

    private void movers(StringBuilder html, int year) {
        List<Map<String, Object>> movers = jdbc.sql(sql.get("report/year-movers")).param("year", year).query(new RowMaps()).list();
        if (movers.isEmpty()) {
            return;
        }
        html.append("<h2>Perubahan peringkat terbesar (largest rank changes per cluster)</h2>\n<table><thead><tr><th>Klaster</th>")
                .append("<th>Arah</th><th>#</th><th>Daerah</th><th>Perubahan peringkat</th><th>Perubahan nilai</th></tr></thead><tbody>");
        for (Map<String, Object> m : movers) {
            html.append("<tr><td>").append(YearReport.esc((String) m.get("cluster"))).append("</td><td>")
                    .append("up".equals(m.get("direction")) ? "naik (up)" : "turun (down)").append("</td><td class=\"num\">")
                    .append(m.get("position")).append("</td><td>").append(YearReport.esc((String) m.get("region_name")))
                    .append(" (").append(YearReport.esc((String) m.get("region_code"))).append(")</td><td class=\"num\">")
                    .append(YearReport.num(m.get("rank_change"))).append("</td><td class=\"num\">").append(YearReport.num(m.get("score_delta")))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>\n");
    }
}
