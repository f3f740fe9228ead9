package id.inovasi.stats.ingest;

import java.util.List;

/**
 * One column of an input format.
 *
 * @param name      the canonical (English) name, also the table column
 * @param aliases   further accepted header names (the Indonesian ones)
 * @param required  whether an empty cell rejects the row
 * @param type      how a non-empty cell is checked and written
 * @param whenEmpty what an empty optional cell becomes ({@code null} for SQL NULL)
 */
record Column(String name, List<String> aliases, boolean required, ValueType type, String whenEmpty) {

    static Column required(String name, String alias, ValueType type) {
        return new Column(name, List.of(alias), true, type, null);
    }

    static Column optional(String name, String alias, ValueType type) {
        return new Column(name, List.of(alias), false, type, null);
    }

    Column withAliases(String... more) {
        return new Column(name, List.of(more), required, type, whenEmpty);
    }

    Column emptyMeans(String value) {
        return new Column(name, aliases, required, type, value);
    }

    /** Header names this column answers to. */
    List<String> headerNames() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
    }
}
