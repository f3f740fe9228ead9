package id.inovasi.stats.report;

import java.nio.file.Files;
import java.nio.file.Path;

import id.inovasi.stats.InovasiProperties;
import id.inovasi.stats.support.HeadlessChromium;
import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import id.inovasi.stats.support.Reports;
import id.inovasi.stats.support.SampleInbox;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year with several regions: the overview page lists each region and links to its page, and
 * both open cleanly in a real headless browser (no console error, no request but the page itself,
 * charts drawn). Screenshots: target/overview-2023.png and target/region-2023.png.
 */
@PipelineTest
class RegionPagesInBrowserTest extends PipelineTestSupport {

    @Autowired
    InovasiProperties settings;

    @Test
    void theOverviewLinksEveryRegionAndARegionPageDrawsItsCharts() throws Exception {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(Files.isExecutable(HeadlessChromium.BINARY), "chromium is not installed (apt-get install chromium)");
        }
        SampleInbox.copyTo(inbox);
        // a second region with reports in 2023, one of the sample's synthetic regencies
        write("reports/2023/sintetis-83.01.csv", Reports.header()
                + Reports.innovation("SNT-1", "region_code=83.01", "opd_code=1.01", "opd_name=Dinas Kesehatan")
                + Reports.innovation("SNT-2", "region_code=83.01", "opd_code=1.01", "opd_name=Dinas Kesehatan", "stage=uji_coba"));
        run();
        Path folder = settings.output().resolve("2023").toAbsolutePath();
        Path overview = folder.resolve("report.html");
        Path region = folder.resolve("35.20/report.html");
        assertThat(folder.resolve("83.01/report.html")).exists();
        assertThat(Files.readString(overview)).contains("Ringkasan inovasi daerah 2023").contains("href=\"35.20/report.html\"")
                .contains("href=\"83.01/report.html\"").contains("Kabupaten Magetan");
        assertThat(Files.readString(region)).contains("href=\"../report.html\"").doesNotContain("<script");

        try (HeadlessChromium browser = new HeadlessChromium()) {
            browser.open(overview.toUri().toString());
            assertThat(browser.errors()).isEmpty();
            assertThat(browser.requests()).allSatisfy(url -> assertThat(url).isEqualTo(overview.toUri().toString()));
            JsonNode links = browser.evaluate("[...document.querySelectorAll('table a')].map(a => a.getAttribute('href'))");
            assertThat(links.size()).isEqualTo(2);
            assertThat(browser.evaluate("document.querySelectorAll('figure svg rect').length").asInt()).isGreaterThan(2);
            browser.screenshot(Path.of("target/overview-2023.png"));

            browser.open(region.toUri().toString());
            assertThat(browser.errors()).isEmpty();
            assertThat(browser.requests()).allSatisfy(url -> assertThat(url).isEqualTo(region.toUri().toString()));
            JsonNode charts = browser.evaluate("""
                    [...document.querySelectorAll('figure svg')].map(svg => svg.querySelectorAll('path, rect, circle, line').length)""");
            assertThat(charts.size()).isEqualTo(6);
            for (JsonNode shapes : charts) {
                assertThat(shapes.asInt()).isGreaterThan(2);
            }
            assertThat(browser.evaluate("document.querySelector('.tile .value').textContent").asString()).isEqualTo("32");
            browser.screenshot(Path.of("target/region-2023.png"));
        }
    }
}
