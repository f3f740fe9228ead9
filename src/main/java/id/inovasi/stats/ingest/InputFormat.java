package id.inovasi.stats.ingest;

import java.util.List;

/**
 * The columns of one kind of input file, in the order they are written to the table.
 *
 * @param kind the inbox folder it is read from
 * @param columns every column of the format
 * @param keyColumns the columns of the row key (a key repeats inside one file: {@code duplicate_key})
 */
record InputFormat(FileKind kind, List<Column> columns, List<String> keyColumns) {

    boolean has(String column) {
        return columns.stream().anyMatch(c -> c.name().equals(column));
    }

    int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + column + " in " + kind.folder());
    }

    int[] keyIndexes() {
        return keyColumns.stream().mapToInt(this::indexOf).toArray();
    }

    /** The table columns of the format, comma separated, followed by the lineage columns. */
    String copyColumns() {
        return String.join(", ", columns.stream().map(Column::name).toList()) + ", file_id, source_line, run_id";
    }
}
