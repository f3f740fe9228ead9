package id.inovasi.stats.operations;

/** A run was asked for while another one is in progress. */
public class RunInProgressException extends RuntimeException {

    private final Long runningRunId;

    RunInProgressException(Long runningRunId, String message) {
        super(message);
        this.runningRunId = runningRunId;
    }

    /** The run in progress, when it could be named. */
    public Long runningRunId() {
        return runningRunId;
    }
}
