package id.inovasi.stats.convergence;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import id.inovasi.stats.convergence.StaleYears.Reason;
import id.inovasi.stats.convergence.StaleYears.StaleYear;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which years are stale, from recorded builds alone: no Spring, no database. */
class StaleYearsTest {

    private static final IntFunction<String> METHOD = year -> "iid-" + year + ".1#00aa11bb";

    /** A year built from its inputs of run {@code inputs} with the method in force, the two years before as of run {@code before}. */
    private static YearBuild built(int year, long inputs, long before) {
        return built(year, inputs, before, before);
    }

    private static YearBuild built(int year, long inputs, long before, long twoBefore) {
        return new YearBuild(year, inputs, true, inputs, METHOD.apply(year), before, METHOD.apply(year - 1), twoBefore, true);
    }

    private static List<StaleYear> find(Map<Integer, YearBuild> builds, Set<Integer> withData) {
        return StaleYears.find(builds, withData, METHOD, year -> true);
    }

    @Test
    void yearsBuiltFromWhatTheyHoldAreNotStale() {
        assertThat(find(Map.of(2022, built(2022, 3, 0), 2023, built(2023, 3, 3, 0), 2024, built(2024, 3, 3)), Set.of(2022, 2023, 2024)))
                .isEmpty();
    }

    @Test
    void aYearWithDataButNoRecordedBuildIsStale() {
        List<StaleYear> stale = find(Map.of(2022, built(2022, 3, 0)), Set.of(2022, 2023));
        assertThat(stale).extracting(StaleYear::year).containsExactly(2023);
        assertThat(stale.get(0).reasons()).containsExactly(Reason.NEVER_BUILT);
        assertThat(stale.get(0).summaries()).isTrue();
    }

    @Test
    void changedInputsMakeTheYearAndTheTwoYearsAfterStaleButNotTheOneAfterThose() {
        YearBuild changed2022 = new YearBuild(2022, 7, true, 3, METHOD.apply(2022), 0, METHOD.apply(2021), 0, true);
        List<StaleYear> stale = find(Map.of(2022, changed2022, 2023, built(2023, 3, 3, 0), 2024, built(2024, 3, 3), 2025, built(2025, 3, 3)),
                Set.of(2022, 2023, 2024, 2025));
        assertThat(stale).extracting(StaleYear::year).containsExactly(2022, 2023, 2024);
        assertThat(stale.get(0).reasons()).containsExactly(Reason.INPUTS_CHANGED);
        assertThat(stale.get(0).describe()).isEqualTo("2022: its inputs changed after its summaries were built (by run 7)");
        assertThat(stale.get(1).reasons()).containsExactly(Reason.YEAR_BEFORE_CHANGED);
        // a region without a roster expects the OPDs of the two years before
        assertThat(stale.get(2).reasons()).containsExactly(Reason.TWO_YEARS_BEFORE_CHANGED);
        assertThat(stale.get(2).describe()).contains("2022, whose OPDs a region without a roster expects");
    }

    @Test
    void aChangedMethodMakesItsYearAndTheYearAfterStale() {
        IntFunction<String> newLetter = year -> year == 2023 ? "iid-2023.2#99ff0011" : METHOD.apply(year);
        List<StaleYear> stale = StaleYears.find(Map.of(2022, built(2022, 3, 0), 2023, built(2023, 3, 3, 0), 2024, built(2024, 3, 3)),
                Set.of(2022, 2023, 2024), newLetter, year -> true);
        assertThat(stale).extracting(StaleYear::year).containsExactly(2023, 2024);
        assertThat(stale.get(0).reasons()).containsExactly(Reason.METHOD_CHANGED);
        assertThat(stale.get(0).describe()).contains("built with iid-2023.1#00aa11bb, now iid-2023.2#99ff0011");
        assertThat(stale.get(1).reasons()).containsExactly(Reason.YEAR_BEFORE_CHANGED);
    }

    @Test
    void aMissingOrOutdatedReportAsksOnlyForTheReport() {
        YearBuild outdated = new YearBuild(2023, 3, true, 3, METHOD.apply(2023), 3, METHOD.apply(2022), 0, false);
        List<StaleYear> stale = StaleYears.find(Map.of(2022, built(2022, 3, 0), 2023, outdated), Set.of(2022, 2023), METHOD,
                year -> year != 2022);
        assertThat(stale).extracting(StaleYear::year).containsExactly(2022, 2023);
        assertThat(stale.get(0).reasons()).containsExactly(Reason.REPORT_MISSING);
        assertThat(stale.get(1).reasons()).containsExactly(Reason.REPORT_OUTDATED);
        assertThat(stale).noneMatch(StaleYear::summaries);
    }

    @Test
    void aYearWhoseInputsWereRemovedIsRebuiltOnceAndThenLeftAlone() {
        YearBuild emptied = new YearBuild(2021, 9, true, 3, METHOD.apply(2021), 0, METHOD.apply(2020), 0, true);
        assertThat(find(Map.of(2021, emptied), Set.of())).extracting(StaleYear::year).containsExactly(2021);
        YearBuild rebuiltEmpty = new YearBuild(2021, 9, true, 9, METHOD.apply(2021), 0, METHOD.apply(2020), 0, true);
        assertThat(find(Map.of(2021, rebuiltEmpty), Set.of())).as("no data, no report to write").isEmpty();
    }

    @Test
    void aYearOnlyLoadedIsNeverBuiltAndAYearWithNothingIsNotAsked() {
        YearBuild loadedOnly = new YearBuild(2025, 4, false, 0, "", 0, "", 0, false);
        assertThat(find(Map.of(2025, loadedOnly), Set.of(2025))).singleElement()
                .satisfies(s -> assertThat(s.reasons()).containsExactly(Reason.NEVER_BUILT));
        assertThat(find(Map.of(), Set.of())).isEmpty();
    }
}
