package id.inovasi.stats.convergence;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import id.inovasi.stats.support.EmbeddedDatabases;
import id.inovasi.stats.support.InProcessProgram;
import id.inovasi.stats.support.InProcessProgram.Outcome;
import id.inovasi.stats.support.SampleInbox;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A changed method setting makes the years it governs stale, and the next plain run (no --year,
 * no --all-years) rebuilds them: after each change the tables and report files equal those of a
 * clean run with the same settings. The sample holds 2022 and 2023; the 2022 settings change, so
 * 2022 is rebuilt for its method and 2023 because the year before it changed.
 */
class MethodChangeConvergenceTest {

    private static final List<String> CHANGES = List.of(
            "--inovasi.method.years.2022.predicates.sangat-inovatif-above=40.00",       // a predicate threshold
            "--inovasi.method.years.2022.weights.video=9",                              // an indicator weight
            "--inovasi.method.years.2022.evidence.policy-instruments=Perbup,Perda",      // the evidence word list
            "--inovasi.method.years.2022.evidence.recency-years=1");                    // the recency window

    @TempDir
    Path work;

    @Test
    void everyKindOfMethodChangeIsPickedUpByAPlainRun() throws Exception {
        Path inbox = work.resolve("inbox");
        SampleInbox.copyTo(inbox);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).setCleanDataDirectory(true).start()) {
            InProcessProgram kept = new InProcessProgram(EmbeddedDatabases.create(postgres, "kept"), inbox, work.resolve("out-kept"));
            Outcome first = kept.run();
            assertThat(first.yearsRebuilt()).containsExactly(2022, 2023);
            assertThat(kept.run().yearsRebuilt()).as("nothing changed").isEmpty();

            List<String> settings = new ArrayList<>();
            for (String change : CHANGES) {
                settings.add(change);
                String[] now = settings.toArray(String[]::new);
                Outcome next = kept.run(now);
                assertThat(next.status()).isEqualTo(BatchStatus.COMPLETED);
                assertThat(next.yearsRebuilt()).as("rebuilt after %s", change).containsExactly(2022, 2023);

                InProcessProgram clean = new InProcessProgram(EmbeddedDatabases.create(postgres, "clean" + settings.size()), inbox,
                        work.resolve("out-clean" + settings.size()));
                Outcome reference = clean.run(now);
                assertThat(next.tables()).as("tables after %s", change).isEqualTo(reference.tables());
                assertThat(next.reports()).as("report files after %s", change).isEqualTo(reference.reports());
                assertThat(kept.run(now).yearsRebuilt()).as("the next run after %s", change).isEmpty();
            }
        }
    }
}
