package id.inovasi.stats.operations;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line: {@code run [--year YYYY | --all-years]} (the default) or {@code serve};
 * Spring properties ({@code --name.with.dots=value}) pass through. A bad invocation exits 2
 * before anything starts.
 *
 * @param mode       {@code run} or {@code serve}
 * @param year       the one year to rebuild, or {@code null}
 * @param allYears   rebuild every year
 * @param springArgs the arguments left for Spring Boot
 */
public record Invocation(String mode, Integer year, boolean allYears, String[] springArgs) {

    public static final String USAGE = "usage: jobs/run [--year YYYY | --all-years]   (or: jobs/serve)";
    static final int FIRST_YEAR = 2015;

    /** A command line that cannot be run. */
    public static final class BadInvocation extends Exception {
        BadInvocation(String message) {
            super(message);
        }
    }

    public static Invocation parse(String[] args, int currentYear) throws BadInvocation {
        String mode = null;
        Integer year = null;
        boolean allYears = false;
        List<String> spring = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("run") || arg.equals("serve")) {
                if (mode != null) {
                    throw new BadInvocation("give one command, not both " + mode + " and " + arg);
                }
                mode = arg;
            } else if (arg.equals("--year") || arg.startsWith("--year=")) {
                String value = arg.equals("--year") ? (i + 1 < args.length ? args[++i] : "") : arg.substring("--year=".length());
                year = parseYear(value, currentYear);
            } else if (arg.equals("--all-years")) {
                allYears = true;
            } else if (arg.startsWith("--") && arg.indexOf('=') > 2 && arg.substring(2, arg.indexOf('=')).contains(".")) {
                spring.add(arg);
            } else {
                throw new BadInvocation("unknown option " + arg);
            }
        }
        if (year != null && allYears) {
            throw new BadInvocation("--year and --all-years exclude each other");
        }
        mode = mode == null ? "run" : mode;
        if (mode.equals("serve") && (year != null || allYears)) {
            throw new BadInvocation("serve takes no --year or --all-years");
        }
        return new Invocation(mode, year, allYears, spring.toArray(String[]::new));
    }

    private static int parseYear(String value, int currentYear) throws BadInvocation {
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
