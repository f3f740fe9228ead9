package id.inovasi.stats.convergence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Which years are stale, decided from the database's state alone (docs/operations.md, "Every run
 * converges"), whatever happened to earlier runs: what each year's summaries and report were built
 * from, against what the year holds and which method applies to it now. Pure: the caller reads the
 * state ({@link YearBuilds}), this decides.
 */
public final class StaleYears {

    /** Why a year is stale. */
    public enum Reason {
        NEVER_BUILT(true, "its summaries were never built"),
        INPUTS_CHANGED(true, "its inputs changed after its summaries were built"),
        METHOD_CHANGED(true, "the method configuration for the year changed"),
        YEAR_BEFORE_CHANGED(true, "the year before it changed"),
        TWO_YEARS_BEFORE_CHANGED(true, "the inputs of two years before it changed"),
        REPORT_MISSING(false, "its report is missing from the output folder"),
        REPORT_OUTDATED(false, "its report is older than its summaries");

        private final boolean summaries;
        private final String words;

        Reason(boolean summaries, String words) {
            this.summaries = summaries;
            this.words = words;
        }

        /** Whether the year's summaries must be rebuilt (else only its report written again). */
        public boolean summaries() {
            return summaries;
        }

        public String words() {
            return words;
        }
    }

    /**
     * A stale year with its reasons and, where one helps, details ("changed by run 12").
     */
    public record StaleYear(int year, List<Reason> reasons, List<String> details) {

        /** Whether its summaries must be rebuilt; else only its report is written again. */
        public boolean summaries() {
            return reasons.stream().anyMatch(Reason::summaries);
        }

        /** "2023: its inputs changed after its summaries were built (by run 12); ..." */
        public String describe() {
            StringBuilder text = new StringBuilder().append(year).append(": ");
            for (int i = 0; i < reasons.size(); i++) {
                text.append(i == 0 ? "" : "; ").append(reasons.get(i).words());
                if (!details.get(i).isEmpty()) {
                    text.append(" (").append(details.get(i)).append(')');
                }
            }
            return text.toString();
        }
    }

    private StaleYears() {
    }

    /**
     * @param builds      every recorded year
     * @param withData    the years holding inputs or summaries
     * @param method      the method version in force for a year
     * @param reportFound whether a year's report is in the output folder
     * @return the stale years, oldest first
     */
    public static List<StaleYear> find(Map<Integer, YearBuild> builds, Set<Integer> withData, IntFunction<String> method,
                                       IntPredicate reportFound) {
        Set<Integer> years = new TreeSet<>(withData);
        builds.values().stream().filter(YearBuild::built).forEach(b -> years.add(b.year()));
        List<StaleYear> stale = new ArrayList<>();
        for (int year : years) {
            YearBuild build = builds.getOrDefault(year, YearBuild.unrecorded(year));
            YearBuild before = builds.getOrDefault(year - 1, YearBuild.unrecorded(year - 1));
            YearBuild twoBefore = builds.getOrDefault(year - 2, YearBuild.unrecorded(year - 2));
            List<Reason> reasons = new ArrayList<>();
            List<String> details = new ArrayList<>();
            if (!build.built()) {
                add(reasons, details, Reason.NEVER_BUILT, "");
            } else {
                if (build.inputsChangedRun() != build.builtInputsRun()) {
                    add(reasons, details, Reason.INPUTS_CHANGED, "by run " + build.inputsChangedRun());
                }
                String now = method.apply(year);
                if (!now.equals(build.builtMethod())) {
                    add(reasons, details, Reason.METHOD_CHANGED, "built with " + build.builtMethod() + ", now " + now);
                }
                if (before.inputsChangedRun() != build.builtBeforeInputsRun() || !method.apply(year - 1).equals(build.builtBeforeMethod())) {
                    add(reasons, details, Reason.YEAR_BEFORE_CHANGED, (year - 1) + ", whose figures its deltas and trends read");
                }
                if (twoBefore.inputsChangedRun() != build.builtTwoBeforeInputsRun()) {
                    add(reasons, details, Reason.TWO_YEARS_BEFORE_CHANGED, (year - 2) + ", whose OPDs a region without a roster expects");
                }
                if (reasons.isEmpty() && withData.contains(year)) {
                    if (!reportFound.test(year)) {
                        add(reasons, details, Reason.REPORT_MISSING, "");
                    } else if (!build.reportCurrent()) {
                        add(reasons, details, Reason.REPORT_OUTDATED, "");
                    }
                }
            }
            if (!reasons.isEmpty()) {
                stale.add(new StaleYear(year, List.copyOf(reasons), List.copyOf(details)));
            }
        }
        return stale;
    }

    private static void add(List<Reason> reasons, List<String> details, Reason reason, String detail) {
        reasons.add(reason);
        details.add(detail);
    }
}
