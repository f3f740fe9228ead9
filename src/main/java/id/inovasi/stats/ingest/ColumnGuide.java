package id.inovasi.stats.ingest;

/**
 * One column of an input format as a person filling a spreadsheet sees it.
 *
 * @param name     the canonical (English) name, also the table column
 * @param header   the Indonesian header name a template writes (the column's first alias)
 * @param required whether an empty cell rejects the row
 * @param shape    what a cell may hold
 */
public record ColumnGuide(String name, String header, boolean required, ValueShape shape) {
}
