package id.inovasi.stats.database;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How a transaction of set-based statements is planned: a year's rebuild, and a year's report
 * reading a group of regions at a time. Every setting holds until the transaction ends; what is
 * left is hash joins, which stay linear.
 * <ul>
 * <li>No nested loops: the statements join many rows on each side, and the planner, misled by
 * statistics that cannot know the rows a transaction itself replaces, or by the selectivity of a
 * key's columns taken as independent, would join them row by row by index lookups (and, over a
 * table it takes for empty, quadratically).</li>
 * <li>No merge joins, for the second of those reasons: PostgreSQL 17 estimated the join of the
 * year's innovations with their verdicts on the whole key at one row, and then merged the fix
 * priorities in on the region alone, comparing every innovation of a region with every fix of it.
 * The report's OPD rows of 6 regions of 4,000 innovations took 5.1 s that way (42.7 million pairs
 * filtered) against 0.2-0.3 s by hash, and the 1,500,000-row year's report some ten minutes
 * (PostgreSQL 15 chose the hash join there). The rebuild does not move with it: national
 * {@code --all-years} on PostgreSQL 15, 7.2, 6.0, 7.7 s with merge joins against 7.0, 6.3, 6.0 s
 * without; the 1,500,000-row year on PostgreSQL 17, 27.4, 27.5 s against 27.2, 27.9 s.</li>
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

    /** Applies the settings to the rest of the caller's transaction. */
    public static void forThisTransaction(JdbcClient jdbc) {
        jdbc.sql("SET LOCAL enable_nestloop = off").update();
        jdbc.sql("SET LOCAL enable_mergejoin = off").update();
        jdbc.sql("SET LOCAL jit = off").update();
    }
}
