package id.inovasi.stats.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Builds CSV text the way spreadsheets write it (RFC 4180 quoting), for any delimiter and line ending. */
public final class Csv {

    private final List<List<String>> lines = new ArrayList<>();

    public static Csv of(String... header) {
        Csv csv = new Csv();
        csv.lines.add(List.of(header));
        return csv;
    }

    public Csv row(String... values) {
        lines.add(List.of(values));
        return this;
    }

    /** A copy with every header name and value passed through the given changes. */
    public Csv map(UnaryOperator<String> header, UnaryOperator<String> value) {
        Csv csv = new Csv();
        csv.lines.add(lines.get(0).stream().map(header).toList());
        lines.stream().skip(1).forEach(l -> csv.lines.add(l.stream().map(value).toList()));
        return csv;
    }

    /** A copy with the header and every row rearranged by the given functions. */
    public Csv reshape(UnaryOperator<List<String>> header, UnaryOperator<List<String>> row) {
        Csv csv = new Csv();
        csv.lines.add(header.apply(new ArrayList<>(lines.get(0))));
        lines.stream().skip(1).forEach(l -> csv.lines.add(row.apply(new ArrayList<>(l))));
        return csv;
    }

    public String render() {
        return render(',', "\n");
    }

    public String render(char delimiter, String lineEnd) {
        StringBuilder text = new StringBuilder();
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                if (i > 0) {
                    text.append(delimiter);
                }
                String value = line.get(i);
                if (value.indexOf(delimiter) >= 0 || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
                    text.append('"').append(value.replace("\"", "\"\"")).append('"');
                } else {
                    text.append(value);
                }
            }
            text.append(lineEnd);
        }
        return text.toString();
    }
}
