package id.inovasi.stats.convergence;

/**
 * One year's row of {@code stats.year_build}: when its inputs last changed, and what its summaries
 * and report were built from.
 *
 * @param year                 the year
 * @param inputsChangedRun     the run that last changed the year's inputs (0: before this was recorded)
 * @param built                whether the year's summaries were ever built (with this record)
 * @param builtInputsRun       the inputsChangedRun its summaries were built from
 * @param builtMethod          the method version its summaries were built with
 * @param builtBeforeInputsRun the year before's inputsChangedRun when its summaries were built
 * @param builtBeforeMethod    the year before's method version then
 * @param builtTwoBeforeInputsRun the inputsChangedRun of two years before when its summaries were built
 * @param reportCurrent        whether its report was written from its current summaries
 */
public record YearBuild(int year, long inputsChangedRun, boolean built, long builtInputsRun, String builtMethod,
                        long builtBeforeInputsRun, String builtBeforeMethod, long builtTwoBeforeInputsRun, boolean reportCurrent) {

    /** A year of which nothing is recorded yet (loaded before the builds were recorded). */
    static YearBuild unrecorded(int year) {
        return new YearBuild(year, 0, false, 0, "", 0, "", 0, false);
    }
}
