package id.inovasi.stats.ingest;

import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** A file whose name holds a line break and an ANSI escape is logged escaped: it forges no log line. */
@PipelineTest
@ExtendWith(OutputCaptureExtension.class)
class HostileFileNameTest extends PipelineTestSupport {

    @Test
    void aHostileFileNameIsLoggedEscaped(CapturedOutput output) {
        String name = "reports/x\n12:00:00.000 INFO  Rebuilt 2023: all good \u001b[2J.csv";
        write(name, "not,a,report\n1,2,3\n");
        run();
        assertThat(count("SELECT count(*) FROM stats.source_file WHERE reason = 'missing_column'")).isEqualTo(1);
        assertThat(output.getAll()).contains("x\\n12:00:00.000 INFO  Rebuilt 2023: all good \\u001b[2J.csv")
                .doesNotContain("\u001b[2J").doesNotContain("\n12:00:00.000 INFO  Rebuilt 2023: all good");
    }
}
