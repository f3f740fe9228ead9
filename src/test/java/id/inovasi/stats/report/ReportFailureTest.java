package id.inovasi.stats.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import id.inovasi.stats.InovasiProperties;
import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import id.inovasi.stats.support.SampleInbox;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report that cannot be written fails the run and leaves no half-written file behind; the next
 * plain run writes it without rebuilding anything.
 */
@PipelineTest
class ReportFailureTest extends PipelineTestSupport {

    @Autowired
    InovasiProperties settings;

    @Test
    void aPageThatCannotBeMovedIntoPlaceLeavesNoTemporaryFile() throws Exception {
        SampleInbox.copyTo(inbox);
        // a folder where the 2023 region page must go: the page is written, then cannot replace it
        Path blocker = settings.output().resolve("2023/35.20/report.html");
        Files.deleteIfExists(blocker);
        Files.createDirectories(blocker);
        Files.writeString(blocker.resolve("keep.txt"), "not a page");
        try {
            JobExecution execution = start();

            assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
            try (Stream<Path> files = Files.walk(settings.output())) {
                assertThat(files.filter(p -> p.toString().endsWith(".tmp")).toList()).isEmpty();
            }
            assertThat(blocker.resolve("keep.txt")).hasContent("not a page");

            // the summaries were built and committed; the next plain run only writes the missing report
            deleteTree(blocker);
            JobExecution next = run();
            assertThat(count("SELECT cardinality(years_rebuilt) FROM stats.pipeline_run WHERE run_id = " + next.getId()))
                    .as("years rebuilt by the next run").isZero();
            assertThat(blocker).isRegularFile().content().contains("Kabupaten Magetan");
            assertThat(count("SELECT count(*) FROM stats.year_build WHERE report_summaries_at = summaries_built_at")).isEqualTo(2);
        } finally {
            deleteTree(blocker);   // the output folder is shared with the other tests
        }
    }
}
