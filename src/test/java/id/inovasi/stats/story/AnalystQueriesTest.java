package id.inovasi.stats.story;

import java.io.IOException;
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

/** The README's example queries for analysts run against the sample data and answer their questions. */
@PipelineTest
class AnalystQueriesTest extends PipelineTestSupport {

    @Test
    void everyQueryOfTheReadmesAnalystSectionRunsAndAnswers() throws IOException {
        SampleInbox.copyTo(inbox);
        run();
        List<String> queries = analystQueries();
        assertThat(queries).hasSize(6);
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
