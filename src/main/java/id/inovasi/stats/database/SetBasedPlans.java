package id.inovasi.stats.database;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How a transaction of set-based statements is planned: a year's rebuild, and a year's report
 * reading a group of regions at a time. Both settings hold until the transaction ends.
 * <ul>
 * <li>No nested loops: the statements join many rows on each side, and the planner, misled by
 * statistics that cannot know the rows a transaction itself replaces, or by the selectivity of a
 * key's columns taken as independent, would join them row by row by index lookups (and, over a
 * table it takes for empty, quadratically). Hash joins stay linear, and merge joins while they
 * merge on the whole key (the report also turns them off: {@code YearReport.prepareReads}).</li>
 * <li>No JIT: a server built with LLVM (Debian's, most packaged ones) compiles every statement
 * planned above {@code jit_above_cost}, and these are; compiling them cost more than running
 * them. The embedded server has no JIT.</li>
 * </ul>
 * What each setting saved is measured where it is used ({@code RebuildTasklet},
 * {@code YearReport.prepareReads}).
 */
public final class SetBasedPlans {

    private SetBasedPlans() {
    }

    /** Applies both settings to the rest of the caller's transaction. */
    public static void forThisTransaction(JdbcClient jdbc) {
        jdbc.sql("SET LOCAL enable_nestloop = off").update();
        jdbc.sql("SET LOCAL jit = off").update();
    }
}
