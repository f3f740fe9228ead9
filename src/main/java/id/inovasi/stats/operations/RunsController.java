package id.inovasi.stats.operations;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The HTTP API of jobs/serve: start, list, show, restart and stop runs (bearer token, see ServeConfiguration). */
@RestController
@RequestMapping("/api/runs")
@ConditionalOnProperty(name = "inovasi.mode", havingValue = "serve")
class RunsController {

    private final RunControl control;
    private final PipelineRuns runs;
    private final java.time.Clock clock;

    RunsController(RunControl control, PipelineRuns runs, java.time.Clock clock) {
        this.clock = clock;
        this.control = control;
        this.runs = runs;
    }

    /** Starts a run: 202 with its id and a link to it, at once; 409 while another run is in progress. */
    @PostMapping
    ResponseEntity<Map<String, Object>> start(@RequestParam(required = false) String year,
                                              @RequestParam(name = "all-years", defaultValue = "false") boolean allYears)
            throws Invocation.BadInvocation {
        // the same checks as the command line's: a year from 2015 to next year, not with all-years
        Integer oneYear = year == null ? null : Invocation.parseYear(year, java.time.LocalDate.now(clock).getYear());
        if (oneYear != null && allYears) {
            throw new Invocation.BadInvocation("year and all-years exclude each other");
        }
        long runId = control.runInBackground(RunControl.Trigger.API, oneYear, allYears);
        return ResponseEntity.accepted().location(URI.create("/api/runs/" + runId))
                .body(Map.of("runId", runId, "href", "/api/runs/" + runId));
    }

    @GetMapping
    List<Map<String, Object>> list(@RequestParam(defaultValue = "20") int limit) {
        return runs.recent(Math.min(limit, 200)).stream().map(PipelineRuns.Run::columns).toList();
    }

    @GetMapping("/{runId}")
    Map<String, Object> show(@PathVariable long runId) {
        return describe(control.execution(runId));
    }

    @PostMapping("/{runId}/restart")
    ResponseEntity<Map<String, Object>> restart(@PathVariable long runId) {
        control.restartInBackground(runId);
        return ResponseEntity.accepted().location(URI.create("/api/runs")).body(Map.of("restarting", runId, "href", "/api/runs"));
    }

    @PostMapping("/{runId}/stop")
    ResponseEntity<Map<String, Object>> stop(@PathVariable long runId) {
        return ResponseEntity.accepted().body(describe(control.stop(runId)));
    }

    @ExceptionHandler(RunInProgressException.class)
    ResponseEntity<Map<String, Object>> inProgress(RunInProgressException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.getMessage());
        body.put("runningRunId", e.runningRunId());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }

    @ExceptionHandler(Invocation.BadInvocation.class)
    ResponseEntity<Map<String, Object>> badRequest(Invocation.BadInvocation e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(RunControl.UnknownRunException.class)
    ResponseEntity<Map<String, Object>> unknown(RunControl.UnknownRunException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<Map<String, Object>> refused(IllegalStateException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
    }

    private Map<String, Object> describe(JobExecution execution) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("runId", execution.getId());
        run.put("jobInstanceId", execution.getJobInstance().getInstanceId());
        run.put("status", execution.getStatus().name());
        run.put("startTime", String.valueOf(execution.getStartTime()));
        run.put("endTime", String.valueOf(execution.getEndTime()));
        run.put("parameters", execution.getJobParameters().toString());
        run.put("steps", execution.getStepExecutions().stream().map(RunsController::step).toList());
        runs.findIfAny(execution.getId()).map(PipelineRuns.Run::columns).ifPresent(totals -> run.put("totals", totals));
        return run;
    }

    private static Map<String, Object> step(StepExecution step) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", step.getStepName());
        s.put("status", step.getStatus().name());
        s.put("read", step.getReadCount());
        s.put("written", step.getWriteCount());
        s.put("skipped", step.getSkipCount());
        s.put("startTime", String.valueOf(step.getStartTime()));
        s.put("endTime", String.valueOf(step.getEndTime()));
        return s;
    }
}
