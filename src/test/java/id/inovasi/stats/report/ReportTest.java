package id.inovasi.stats.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.inovasi.stats.InovasiProperties;
import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import id.inovasi.stats.support.SampleInbox;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The yearly report shows the story with the summary tables' numbers, and the run says where it is. */
@PipelineTest
class ReportTest extends PipelineTestSupport {

    @Autowired
    InovasiProperties settings;

    @Test
    void the2023ReportShowsTheHeadlineNumbersOfTheSummaryTables() throws Exception {
        SampleInbox.copyTo(inbox);
        JobExecution execution = run();
        Path page = settings.output().resolve("2023/report.html");
        assertThat(page).exists();
        String html = Files.readString(page);

        Map<String, Object> summary = row("SELECT reported, qualified, qualified_delta FROM stats.region_year_summary WHERE year = 2023");
        Map<String, Object> trend = row("SELECT score, rank, ranked_count, rank_change, rank_if_others_static FROM stats.ranking_trend WHERE year = 2023 AND region_code = '35.20'");
        assertThat(tile(html, "Inovasi dilaporkan")).isEqualTo(String.valueOf(summary.get("reported"))).isEqualTo("32");
        assertThat(tile(html, "Memenuhi data dukung")).startsWith(String.valueOf(summary.get("qualified"))).startsWith("16 ").contains("50%");
        assertThat(tile(html, "Indeks resmi")).isEqualTo("43");
        assertThat(tile(html, "Peringkat klaster kabupaten")).isEqualTo(String.valueOf(trend.get("rank"))).isEqualTo("218");
        assertThat(html).contains("rank of 413").contains("turun 164 (down)").contains("would have ranked 154");
        assertThat(html).contains("Kabupaten Magetan").contains("hanya yang memenuhi (qualified_only)").contains("pilihan terbaik (best_subset)");
        for (Map<String, Object> estimate : rows("SELECT scenario, index_estimate FROM stats.index_estimate WHERE year = 2023")) {
            assertThat(html).contains(String.format(java.util.Locale.ROOT, "%.2f", ((java.math.BigDecimal) estimate.get("index_estimate")).doubleValue()));
        }
        // what each innovation still lacks: the 16 that do not qualify, by OPD
        assertThat(Pattern.compile("<tr><td>MGT-").matcher(html).results().count()).isEqualTo(16);
        assertThat(html).contains("dasar hukum / SK (policy)");
        // self-contained: no script, nothing fetched
        assertThat(html).doesNotContain("<script").doesNotContain("src=\"http").doesNotContain("href=\"http").doesNotContain("@import");
        assertThat(Pattern.compile("<svg ").matcher(html).results().count()).isEqualTo(6);
        assertThat(settings.output().resolve("2022/report.html")).exists();
        assertThat(execution.getStepExecutions().stream().filter(s -> s.getStepName().equals("report")).findFirst().orElseThrow()
                .getExecutionContext().getString("reports")).contains(page.toAbsolutePath().toString());
    }

    private static String tile(String html, String label) {
        Matcher m = Pattern.compile("<div class=\"label\">" + Pattern.quote(label) + "</div><div class=\"value\">(.*?)</div>").matcher(html);
        assertThat(m.find()).as("tile %s", label).isTrue();
        return m.group(1).replaceAll("<[^>]+>", "");
    }
}
