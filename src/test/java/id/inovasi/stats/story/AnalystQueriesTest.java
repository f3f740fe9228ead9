package id.inovasi.stats.story;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import id.inovasi.stats.support.SampleInbox;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The README's example queries for analysts run against the sample data and answer their questions. */
@PipelineTest
class AnalystQueriesTest extends PipelineTestSupport {

    @Test
    void everyQueryOfTheReadmesAnalystSectionRunsAndAnswers() throws IOException {
        SampleInbox.copyTo(inbox);
        run();
        List<String> queries = analystQueries();
        assertThat(queries).hasSize(9);
        List<List<Map<String, Object>>> answers = new ArrayList<>();
        for (String query : queries) {
            answers.add(rows(query.replaceFirst(";\\s*$", "")));
        }
        assertThat(answers).allSatisfy(answer -> assertThat(answer).isNotEmpty());
        // which OPDs lost qualified innovations: the first lost the most
        assertThat((Integer) answers.get(0).get(0).get("qualified_delta")).isNegative();
        // the most often missing element
        assertThat(answers.get(1).get(0)).containsEntry("element", "policy");
        // how the rank moved, and why
        assertThat(answers.get(2).get(1)).containsEntry("rank", 218).containsEntry("rank_change", -164)
                .containsEntry("own_effect", -100).containsEntry("others_effect", -64);
        // the best submission's innovations all qualify
        assertThat(answers.get(3)).allSatisfy(r -> assertThat(r.get("scenario")).isEqualTo("best_subset"));
        // the movers: Magetan is the largest loss
        assertThat(answers.get(4).get(0)).containsEntry("direction", "down").containsEntry("region_code", "35.20");
        // the list per OPD: 16 innovations that lack something
        assertThat(answers.get(5)).hasSize(16);
        // what to fix first: the mature innovation held back by its two-word problem statement
        assertThat(answers.get(6)).hasSize(10);
        assertThat(answers.get(6).get(0)).containsEntry("priority", 1).containsEntry("innovation_id", "MGT-DINKES-06");
        assertThat((BigDecimal) answers.get(6).get(0).get("fix_gain")).isPositive();
        // the silent OPD, both years, with the region's coverage
        assertThat(answers.get(7)).extracting(r -> r.get("year"), r -> r.get("opd_code"))
                .containsExactly(tuple(2022, "1.03.01"), tuple(2023, "1.03.01"));
        assertThat(answers.get(7).get(1)).containsEntry("expected_source", "roster").containsEntry("opds_expected", 7);
        // where each submission would rank: the ceiling first, ranked against 2023's official scores
        assertThat(answers.get(8)).hasSize(4);
        assertThat(answers.get(8).get(0)).containsEntry("scenario", "all_fixed").containsEntry("estimated_rank_basis", "same_year");
        assertThat((Integer) answers.get(8).get(0).get("estimated_rank")).isLessThan((Integer) answers.get(8).get(3).get("estimated_rank"));
    }

    private static List<String> analystQueries() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## For analysts"), readme.indexOf("### Read-only access"));
        Matcher block = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL).matcher(section);
        List<String> queries = new ArrayList<>();
        while (block.find()) {
            queries.add(block.group(1).strip());
        }
        return queries;
    }
}
