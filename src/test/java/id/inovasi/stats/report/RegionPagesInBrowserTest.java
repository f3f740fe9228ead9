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
 * charts drawn, no two texts of a chart on top of each other, charts as wide as the page), and
 * so do an OPD's page and a silent OPD's page. Screenshots: target/overview-2023.png,
 * target/region-2023.png and target/opd-2023.png (copied to docs/).
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
            assertNoLabelOverlaps(browser);
            // the charts take the page's width, not half of it
            assertThat(browser.evaluate("document.querySelector('figure svg').getBoundingClientRect().width / document.querySelector('section').getBoundingClientRect().width").asDouble())
                    .isGreaterThan(0.95);
            assertThat(browser.evaluate("document.querySelector('p.lead').textContent").asString())
                    .startsWith("Perbaiki 5 inovasi ini dan estimasi naik dari 48.70 menjadi");
            JsonNode opdLinks = browser.evaluate("[...document.querySelectorAll('a[href^=\"opd/\"]')].map(a => a.getAttribute('href'))");
            assertThat(opdLinks.size()).isEqualTo(7);
            browser.screenshot(Path.of("target/region-2023.png"));

            // an OPD's page: what each innovation lacks, with what was found and the rule
            Path dinkes = folder.resolve("35.20/opd/1.02.01.html");
            browser.open(dinkes.toUri().toString());
            assertThat(browser.errors()).isEmpty();
            assertThat(browser.requests()).allSatisfy(url -> assertThat(url).isEqualTo(dinkes.toUri().toString()));
            assertThat(browser.evaluate("document.querySelector('tbody').innerText").asString())
                    .contains("latar belakang masalah: 2 kata; syarat: minimal 10 kata")
                    .contains("dokumentasi: 0 rujukan; syarat: minimal 1 rujukan dokumen");
            assertThat(browser.evaluate("document.querySelectorAll('tbody tr').length").asInt()).isEqualTo(7);
            browser.screenshot(Path.of("target/opd-2023.png"));

            // the silent OPD's page says it reported nothing and what a submission needs
            Path silent = folder.resolve("35.20/opd/1.03.01.html");
            browser.open(silent.toUri().toString());
            assertThat(browser.errors()).isEmpty();
            assertThat(browser.evaluate("document.body.innerText").asString())
                    .contains("OPD ini tidak melaporkan satu pun inovasi pada tahun 2023").contains("Standar data dukung 2023: syarat satu inovasi")
                    .contains("diterapkan antara 1 Januari 2021 dan 31 Desember 2023");
        }
    }

    /** No two texts of a chart overlap on the page as the browser lays it out (values, labels, axes, legends). */
    private static void assertNoLabelOverlaps(HeadlessChromium browser) throws Exception {
        JsonNode overlaps = browser.evaluate("""
                [...document.querySelectorAll('figure svg')].flatMap((svg, s) => {
                  const boxes = [...svg.querySelectorAll('text')].map(t => [t.textContent, t.getBoundingClientRect()]);
                  const found = [];
                  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                    const [a, ra] = boxes[i], [b, rb] = boxes[j];
                    if (ra.left < rb.right - 1 && rb.left < ra.right - 1 && ra.top < rb.bottom - 1 && rb.top < ra.bottom - 1)
                      found.push('chart ' + s + ': "' + a + '" overlaps "' + b + '"');
                  }
                  return found;
                })""");
        assertThat(overlaps.size()).as(overlaps.toString()).isZero();
    }
}
