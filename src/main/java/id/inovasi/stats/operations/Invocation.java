package id.inovasi.stats.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The command line of the jobs/ scripts: {@code run [--year YYYY | --all-years]} (the default),
 * {@code serve}, {@code db}, {@code template [YEAR]}, {@code status [RUN]}, {@code restart RUN}, {@code stop RUN}, {@code recover RUN}.
 * Spring properties ({@code --name.with.dots=value}) pass through. A bad invocation exits 2
 * before anything starts.
 *
 * @param command    what to do
 * @param year       the one year to rebuild, or {@code null}
 * @param allYears   rebuild every year
 * @param runId      the run a command is about, or {@code null}
 * @param springArgs the arguments left for Spring Boot
 */
public record Invocation(String command, Integer year, boolean allYears, Long runId, String[] springArgs) {

    public static final String USAGE = """
            usage: jobs/run [--year YYYY | --all-years]
                   jobs/serve
                   jobs/db
                   jobs/template [YEAR]
                   jobs/status [RUN]
                   jobs/restart RUN | jobs/stop RUN | jobs/recover RUN""";
    static final int FIRST_YEAR = 2015;
    private static final Set<String> COMMANDS = Set.of("run", "serve", "db", "template", "status", "restart", "stop", "recover");
    private static final Set<String> NEED_RUN = Set.of("restart", "stop", "recover");

    /** A command line that cannot be run. */
    public static final class BadInvocation extends Exception {
        BadInvocation(String message) {
            super(message);
        }
    }

    /** The mode of the program: serve runs a web server, every other command a short-lived one. */
    public boolean serve() {
        return command.equals("serve");
    }

    /** jobs/db: the embedded database kept running for analysts. */
    public boolean db() {
        return command.equals("db");
    }

    /** jobs/template: the OPD report template, written without a database. */
    public boolean template() {
        return command.equals("template");
    }

    /** The value of {@code inovasi.mode}: which beans of the program run. */
    public String mode() {
        return serve() ? "serve" : db() ? "db" : template() ? "template" : "command";
    }

    public static Invocation parse(String[] args, int currentYear) throws BadInvocation {
        String command = null;
        Integer year = null;
        boolean allYears = false;
        Long runId = null;
        List<String> spring = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (COMMANDS.contains(arg)) {
                if (command != null) {
                    throw new BadInvocation("give one command, not both " + command + " and " + arg);
                }
                command = arg;
            } else if (arg.equals("--year") || arg.startsWith("--year=")) {
                String value = arg.equals("--year") ? (i + 1 < args.length ? args[++i] : "") : arg.substring("--year=".length());
                year = parseYear(value, currentYear);
            } else if (arg.equals("--all-years")) {
                allYears = true;
            } else if (arg.startsWith("--") && arg.indexOf('=') > 2 && arg.substring(2, arg.indexOf('=')).contains(".")) {
                spring.add(arg);
            } else if (!arg.startsWith("-") && "template".equals(command) && year == null) {
                year = parseYear(arg, currentYear);
            } else if (!arg.startsWith("-") && command != null && runId == null && (NEED_RUN.contains(command) || command.equals("status"))) {
                runId = parseRun(arg);
            } else {
                throw new BadInvocation(arg.startsWith("-") ? "unknown option " + arg : "unexpected argument " + arg);
            }
        }
        command = command == null ? "run" : command;
        if (year != null && allYears) {
            throw new BadInvocation("--year and --all-years exclude each other");
        }
        if (command.equals("template") && allYears) {
            throw new BadInvocation("template takes one year, not --all-years");
        }
        if (!command.equals("run") && !command.equals("template") && (year != null || allYears)) {
            throw new BadInvocation(command + " takes no --year or --all-years");
        }
        if (NEED_RUN.contains(command) && runId == null) {
            throw new BadInvocation(command + " needs the run id (jobs/status lists the runs)");
        }
        return new Invocation(command, year, allYears, runId, spring.toArray(String[]::new));
    }

    private static long parseRun(String value) throws BadInvocation {
        try {
            long run = Long.parseLong(value);
            if (run > 0) {
                return run;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInvocation("invalid run id \"" + value + "\": a run id is a positive number (jobs/status lists the runs)");
    }

    /** A year the rebuild accepts: from 2015 to next year; the HTTP API checks the same. */
    public static int parseYear(String value, int currentYear) throws BadInvocation {
        int last = currentYear + 1;
        try {
            int year = Integer.parseInt(value.strip());
            if (year >= FIRST_YEAR && year <= last) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInvocation("invalid year \"" + value + "\": --year takes a year from " + FIRST_YEAR + " to " + last);
    }
}
