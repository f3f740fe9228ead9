package id.inovasi.stats.operations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The command line of jobs/run: what it accepts, and the bad invocations that exit 2. */
class InvocationTest {

    @Test
    void acceptsRunWithOneYearOrAllYearsAndPassesSpringPropertiesThrough() throws Exception {
        assertThat(Invocation.parse(new String[] {}, 2026)).satisfies(i -> {
            assertThat(i.command()).isEqualTo("run");
            assertThat(i.year()).isNull();
            assertThat(i.allYears()).isFalse();
        });
        assertThat(Invocation.parse(new String[] {"run", "--year", "2023"}, 2026).year()).isEqualTo(2023);
        assertThat(Invocation.parse(new String[] {"--year=2027"}, 2026).year()).isEqualTo(2027);
        assertThat(Invocation.parse(new String[] {"--all-years", "--inovasi.inbox=/tmp/x"}, 2026))
                .satisfies(i -> assertThat(i.springArgs()).containsExactly("--inovasi.inbox=/tmp/x"))
                .satisfies(i -> assertThat(i.allYears()).isTrue());
    }

    @Test
    void theOperatorCommandsTakeARunId() throws Exception {
        assertThat(Invocation.parse(new String[] {"restart", "12"}, 2026)).satisfies(i -> {
            assertThat(i.command()).isEqualTo("restart");
            assertThat(i.runId()).isEqualTo(12L);
        });
        assertThat(Invocation.parse(new String[] {"status"}, 2026).runId()).isNull();
        assertThat(Invocation.parse(new String[] {"status", "3"}, 2026).runId()).isEqualTo(3L);
        assertThat(Invocation.parse(new String[] {"serve"}, 2026).serve()).isTrue();
        assertThatThrownBy(() -> Invocation.parse(new String[] {"stop"}, 2026)).hasMessageContaining("stop needs the run id");
        assertThatThrownBy(() -> Invocation.parse(new String[] {"recover", "x1"}, 2026)).hasMessageContaining("invalid run id \"x1\"");
        assertThatThrownBy(() -> Invocation.parse(new String[] {"serve", "--year", "2023"}, 2026)).hasMessageContaining("serve takes no --year");
        assertThatThrownBy(() -> Invocation.parse(new String[] {"run", "7"}, 2026)).hasMessageContaining("unexpected argument 7");
    }

    @Test
    void theTemplateTakesOneYearOrNone() throws Exception {
        assertThat(Invocation.parse(new String[] {"template", "2023"}, 2026)).satisfies(i -> {
            assertThat(i.template()).isTrue();
            assertThat(i.mode()).isEqualTo("template");
            assertThat(i.year()).isEqualTo(2023);
        });
        assertThat(Invocation.parse(new String[] {"template"}, 2026).year()).isNull();
        assertThatThrownBy(() -> Invocation.parse(new String[] {"template", "2014"}, 2026)).hasMessageContaining("invalid year \"2014\"");
        assertThatThrownBy(() -> Invocation.parse(new String[] {"template", "--all-years"}, 2026)).hasMessageContaining("template takes one year");
        assertThatThrownBy(() -> Invocation.parse(new String[] {"template", "2023", "2024"}, 2026)).hasMessageContaining("unexpected argument 2024");
    }

    @Test
    void rejectsUnknownOptionsAndInvalidYears() {
        assertThatThrownBy(() -> Invocation.parse(new String[] {"--yaer", "2023"}, 2026)).hasMessage("unknown option --yaer");
        assertThatThrownBy(() -> Invocation.parse(new String[] {"--year", "2014"}, 2026))
                .hasMessageContaining("invalid year \"2014\"").hasMessageContaining("from 2015 to 2027");
        assertThatThrownBy(() -> Invocation.parse(new String[] {"--year", "2028"}, 2026)).hasMessageContaining("invalid year");
        assertThatThrownBy(() -> Invocation.parse(new String[] {"--year", "dua"}, 2026)).hasMessageContaining("invalid year \"dua\"");
        assertThatThrownBy(() -> Invocation.parse(new String[] {"--year"}, 2026)).hasMessageContaining("invalid year \"\"");
        assertThatThrownBy(() -> Invocation.parse(new String[] {"--year", "2023", "--all-years"}, 2026))
                .hasMessageContaining("exclude each other");
    }
}
