package id.inovasi.stats.operations;

/** The exit codes of every jobs/ script (the README's operations section). */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** Failure: the run, or start-up (database, inbox); the message names what to fix. */
    public static final int FAILED = 1;
    /** Bad invocation: an unknown option, an invalid year, a run that does not exist. */
    public static final int BAD_INVOCATION = 2;
    /** Success, but rows or files were rejected. */
    public static final int REJECTED_INPUT = 3;

    private ExitCodes() {
    }
}
