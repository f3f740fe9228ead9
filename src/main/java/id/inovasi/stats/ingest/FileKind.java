package id.inovasi.stats.ingest;

/** The kinds of input file, each in its own inbox folder, read in this order. */
public enum FileKind {
    REPORTS("reports"),
    NATIONAL("national"),
    CAPACITY("capacity"),
    /** The OPD roster: which OPDs a region has, and from and to which year (optional). */
    OPD("opd");

    private final String folder;

    FileKind(String folder) {
        this.folder = folder;
    }

    /** The inbox sub-folder, also the value of {@code source_file.kind}. */
    public String folder() {
        return folder;
    }
}
