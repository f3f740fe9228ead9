package id.inovasi.stats.rebuild;

/** The job parameters the rebuild step reads (set by operations' RunParameters). */
public final class RebuildParameters {

    public static final String YEAR = "year";
    public static final String ALL_YEARS = "all-years";

    private RebuildParameters() {
    }
}
