package id.inovasi.stats.index;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import id.inovasi.stats.database.CopyText;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.jdbc.UncategorizedSQLException;

/**
 * The estimate's choices on their way to {@code pg_temp.estimate_submission} and
 * {@code pg_temp.estimate_fix} (sql/index/choice-tables.sql): rows in {@code COPY} text format,
 * gathered region by region and copied a page of regions at a time.
 */
final class ChoiceTables {

    private final StringBuilder submissions = new StringBuilder(1 << 16);
    private final StringBuilder fixes = new StringBuilder(1 << 16);

    /** Adds a region's choices. */
    void add(String region, RegionEstimate.Result result) {
        for (RegionEstimate.Submission s : result.submissions()) {
            CopyText.appendField(submissions, region);
            submissions.append('\t').append(s.scenario()).append('\t').append(s.step())
                    .append('\t').append(s.submitted()).append('\t').append(s.qualifiedSubmitted())
                    .append('\t').append(s.maturitySum()).append('\t');
            CopyText.appendField(submissions, s.innovationIds() == null ? null : CopyText.arrayLiteral(s.innovationIds()));
            submissions.append('\n');
        }
        for (RegionEstimate.Fix f : result.fixes()) {
            CopyText.appendField(fixes, region);
            fixes.append('\t');
            CopyText.appendField(fixes, f.verdict().innovationId());
            fixes.append('\t').append(f.fixedSum()).append('\t').append(f.fixedSize())
                    .append('\t').append(f.nowSum()).append('\t').append(f.nowSize())
                    .append('\t').append(f.priority()).append('\n');
        }
    }

    /** Copies the rows gathered so far, on the transaction's connection, and forgets them. */
    void copy(Connection connection) {
        try {
            CopyManager copies = connection.unwrap(PGConnection.class).getCopyAPI();
            copy(copies, "estimate_submission", submissions);
            copy(copies, "estimate_fix", fixes);
        } catch (SQLException e) {
            throw new UncategorizedSQLException("copying the estimate's choices", "COPY pg_temp.estimate_submission/estimate_fix", e);
        }
    }

    private static void copy(CopyManager copies, String table, StringBuilder rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try {
            copies.copyIn("COPY pg_temp." + table + " FROM STDIN", new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.setLength(0);
    }
}
