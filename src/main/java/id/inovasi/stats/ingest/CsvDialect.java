package id.inovasi.stats.ingest;

/** The field delimiter of a file, detected from its header line. */
enum CsvDialect {
    COMMA(',', "comma"),
    SEMICOLON(';', "semicolon"),
    TAB('\t', "tab");

    private final char delimiter;
    private final String label;

    CsvDialect(char delimiter, String label) {
        this.delimiter = delimiter;
        this.label = label;
    }

    char delimiter() {
        return delimiter;
    }

    /** The name stored in {@code source_file.delimiter}. */
    String label() {
        return label;
    }

    /** The delimiter that occurs most often outside quotes in the first line (comma on a tie or none). */
    static CsvDialect detect(CharSequence text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '\n' || c == '\r') {
                    break;
                }
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> { }
                }
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return SEMICOLON;
        }
        if (tabs > commas && tabs > semicolons) {
            return TAB;
        }
        return COMMA;
    }
}
