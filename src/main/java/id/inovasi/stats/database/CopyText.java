package id.inovasi.stats.database;

import java.util.List;

/**
 * Values written in PostgreSQL's {@code COPY} text format: a field escaped for the format
 * (backslash, tab, newline, carriage return), {@code \N} for NULL, and a text array as its literal.
 */
public final class CopyText {

    private CopyText() {
    }

    /** Appends {@code value} as one field of a {@code COPY} text row, escaped; NULL as {@code \N}. */
    public static void appendField(StringBuilder row, String value) {
        if (value == null) {
            row.append("\\N");
            return;
        }
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                for (int j = 0; j < n; j++) {
                    char d = value.charAt(j);
                    switch (d) {
                        case '\\' -> row.append("\\\\");
                        case '\t' -> row.append("\\t");
                        case '\n' -> row.append("\\n");
                        case '\r' -> row.append("\\r");
                        default -> row.append(d);
                    }
                }
                return;
            }
        }
        row.append(value);
    }

    /** The literal of a text array ({@code {"a","b"}}), each element quoted; to be written with {@link #appendField}. */
    public static String arrayLiteral(List<String> elements) {
        StringBuilder literal = new StringBuilder(2 + elements.size() * 12).append('{');
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                literal.append(',');
            }
            literal.append('"');
            String e = elements.get(i);
            for (int j = 0; j < e.length(); j++) {
                char c = e.charAt(j);
                if (c == '"' || c == '\\') {
                    literal.append('\\');
                }
                literal.append(c);
            }
            literal.append('"');
        }
        return literal.append('}').toString();
    }
}
