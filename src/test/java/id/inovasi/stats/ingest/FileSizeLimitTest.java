package id.inovasi.stats.ingest;

import java.util.Map;

import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A file over inovasi.ingest.max-file-size is rejected as too_large, naming the setting; smaller ones load. */
@PipelineTest
@TestPropertySource(properties = "inovasi.ingest.max-file-size=200B")
class FileSizeLimitTest extends PipelineTestSupport {

    @Test
    void aFileOverTheLimitIsRejectedAndTheOthersLoad() {
        write("capacity/big.csv", "year,region_code,spd_score\n" + "2023,35.20,40\n".repeat(20));
        write("capacity/small.csv", "year,region_code,spd_score\n2023,35.21,41\n");
        run();
        Map<String, Object> big = row("SELECT status, reason, message, rows_loaded FROM stats.source_file WHERE path = 'capacity/big.csv'");
        assertThat(big).containsEntry("status", "rejected").containsEntry("reason", "too_large").containsEntry("rows_loaded", 0L);
        assertThat((String) big.get("message")).contains("inovasi.ingest.max-file-size").contains("307 bytes");
        assertThat(rows("SELECT region_code FROM stats.region_capacity")).extracting(r -> r.get("region_code")).containsExactly("35.21");
    }
}
