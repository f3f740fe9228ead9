package id.inovasi.stats.ingest;

/** A cell that cannot be loaded: a reason code and what is wrong, in words a person can act on. */
final class BadValue extends Exception {
    private final String reason;

    BadValue(String reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
