package id.inovasi.stats.operations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The command line of jobs/run: what it accepts, and the bad invocations that exit 2. */
class InvocationTest {

    @Test
    void acceptsRunWithOneYearOrAllYearsAndPassesSpringPropertiesThrough() throws Exception {
        assertThat(Invocation.parse(new String[] {}, 2026)).satisfies(i -> {
            assertThat(i.mode()).isEqualTo("run");
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
