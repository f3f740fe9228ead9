package id.inovasi.stats.report;

import java.nio.file.Files;
import java.nio.file.Path;

import id.inovasi.stats.InovasiProperties;
import id.inovasi.stats.support.HeadlessChromium;
import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import id.inovasi.stats.support.SampleInbox;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 2023 report in a real headless browser (Debian's chromium; .ci/run installs it): no
 * console errors, no network request, every chart an SVG with a drawing; a screenshot is saved
 * as target/report-2023.png. Skipped where chromium is missing, except under CI.
 */
@PipelineTest
class ReportInBrowserTest extends PipelineTestSupport {

    @Autowired
    InovasiProperties settings;

    @Test
    void theReportOpensCleanlyAndEveryChartDraws() throws Exception {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(Files.isExecutable(HeadlessChromium.BINARY), "chromium is not installed (apt-get install chromium)");
        }
        assertThat(HeadlessChromium.BINARY).as(".ci/run installs chromium").isExecutable();
        SampleInbox.copyTo(inbox);
        run();
        Path page = settings.output().resolve("2023/report.html").toAbsolutePath();
        try (HeadlessChromium browser = new HeadlessChromium()) {
            browser.open(page.toUri().toString());
            assertThat(browser.errors()).isEmpty();
            assertThat(browser.requests()).allSatisfy(url -> assertThat(url).isEqualTo(page.toUri().toString()));
            JsonNode charts = browser.evaluate("""
                    [...document.querySelectorAll('figure')].map(f => {
                      const svg = f.querySelector('svg');
                      if (!svg) return {svg: false};
                      const box = svg.getBoundingClientRect();
                      return {svg: true, shapes: svg.querySelectorAll('path, rect, circle, line').length, width: box.width, height: box.height,
                              title: svg.querySelector('title') ? svg.querySelector('title').textContent : ''};
                    })""");
            assertThat(charts.size()).isEqualTo(6);
            for (JsonNode chart : charts) {
                assertThat(chart.path("svg").asBoolean()).as("every figure is an SVG chart").isTrue();
                assertThat(chart.path("shapes").asInt()).as("chart %s draws something", chart.path("title").asString()).isGreaterThan(2);
                assertThat(chart.path("width").asDouble()).isGreaterThan(100);
                assertThat(chart.path("height").asDouble()).isGreaterThan(100);
            }
            assertThat(browser.evaluate("document.querySelector('.tile .value').textContent").asString()).isEqualTo("32");
            assertThat(browser.evaluate("document.scripts.length").asInt()).isZero();
            Path screenshot = Path.of("target/report-2023.png");
            browser.screenshot(screenshot);
            assertThat(Files.size(screenshot)).isGreaterThan(20_000);
        }
    }
}
