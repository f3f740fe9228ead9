package id.inovasi.stats.ingest;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The value types of the input formats (spec: docs/inputs.md, "Dialects" and "Precise rules"). */
final class ValueTypes {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T]00:00(?::00)?)?");
    private static final Pattern DMY_DATE = Pattern.compile("(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})(?: 00:00(?::00)?)?");
    private static final Pattern ENUM_SEPARATORS = Pattern.compile("[\\s_-]+");

    private ValueTypes() {
    }

    /** Free text longer than this is no report text but a broken file (a field that swallowed others). */
    static final int MAX_TEXT = 20_000;

    static ValueType text() {
        return text(MAX_TEXT);
    }

    /**
     * Text of at most {@code maxLength} characters, without control characters (tabs and line
     * breaks inside a quoted value excepted): no spreadsheet or workbook can show them, and an
     * XLSX export cannot even hold them.
     */
    static ValueType text(int maxLength) {
        return shaped(new ValueShape.Text(maxLength), (value, row) -> {
            if (value.length() > maxLength) {
                throw new BadValue("out_of_range", quote(value) + " is " + value.length() + " characters long; at most " + maxLength + " are allowed");
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                    throw new BadValue("bad_format", quote(value) + " holds the control character U+" + String.format("%04X", (int) c)
                            + " at character " + (i + 1) + ": remove it (it is invisible in a spreadsheet)");
                }
            }
            return value;
        });
    }

    /** The reporting year, from {@code minYear} to the run's next calendar year; remembered for later cells. */
    static ValueType year(int minYear, int maxYear) {
        return shaped(new ValueShape.WholeNumber(minYear, maxYear), (value, row) -> {
            int fast = smallWholeNumber(value);
            if (fast >= 0) {
                if (fast < minYear || fast > maxYear) {
                    throw new BadValue("out_of_range", quote(value) + " is not a year from " + minYear + " to " + maxYear);
                }
                row.year = fast;
                return value.length() == 4 ? value : Integer.toString(fast);
            }
            BigDecimal number = decimal(value);
            if (number.stripTrailingZeros().scale() > 0) {
                throw new BadValue("bad_number", quote(value) + " is not a whole year");
            }
            int year;
            try {
                year = number.intValueExact();
            } catch (ArithmeticException e) {
                throw new BadValue("out_of_range", quote(value) + " is not a year from " + minYear + " to " + maxYear);
            }
            if (year < minYear || year > maxYear) {
                throw new BadValue("out_of_range", quote(value) + " is not a year from " + minYear + " to " + maxYear);
            }
            row.year = year;
            return Integer.toString(year);
        });
    }

    /** A Kemendagri code: {@code 35} or {@code 35.20}; digits only ({@code 3520}) is stored dotted. */
    static ValueType regionCode() {
        return shaped(new ValueShape.RegionCode(), (value, row) -> {
            int n = value.length();
            if ((n == 2 || n == 5) && digits(value, 0, 2) && (n == 2 || value.charAt(2) == '.' && digits(value, 3, 5))) {
                return value;
            }
            if (n == 4 && digits(value, 0, 4)) {
                return value.substring(0, 2) + "." + value.substring(2);
            }
            throw new BadValue("bad_format", quote(value) + " is not a Kemendagri region code such as 35 (province) or 35.20 (regency or city)");
        });
    }

    static ValueType wholeNumber(int min, int max) {
        return shaped(new ValueShape.WholeNumber(min, max), (value, row) -> {
            int fast = smallWholeNumber(value);
            if (fast >= 0 && fast >= min && fast <= max) {
                return value.length() == 1 || value.charAt(0) != '0' ? value : Integer.toString(fast);
            }
            BigDecimal number = decimal(value);
            if (number.stripTrailingZeros().scale() > 0) {
                throw new BadValue("bad_number", quote(value) + " is not a whole number");
            }
            if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
                throw new BadValue("out_of_range", quote(value) + " is not from " + min + " to " + max);
            }
            return number.toBigInteger().toString();
        });
    }

    /** The most digits a decimal cell may have: far beyond any measured value, far below what breaks the database. */
    static final int MAX_DIGITS = 30;

    static ValueType decimal() {
        return shaped(new ValueShape.Decimal(null), (value, row) -> {
            if (value.length() > MAX_DIGITS + 2) {
                throw new BadValue("out_of_range", quote(value) + " has " + value.length() + " characters; a number here has at most "
                        + MAX_DIGITS + " digits");
            }
            return plainDecimal(value) ? value.replace(',', '.') : decimal(value).toPlainString();
        });
    }

    /** A decimal from {@code min} to a maximum that may depend on the row's year. */
    static ValueType decimal(BigDecimal min, IntFunction<BigDecimal> maxForYear, String maxName) {
        return shaped(new ValueShape.Decimal(min), (value, row) -> {
            BigDecimal number = decimal(value);
            BigDecimal max = row.year == null ? null : maxForYear.apply(row.year);
            if (number.compareTo(min) < 0 || (max != null && number.compareTo(max) > 0)) {
                throw new BadValue("out_of_range", quote(value) + " is not from " + min.toPlainString() + " to "
                        + (max == null ? "the maximum" : max.toPlainString()) + maxName);
            }
            return number.toPlainString();
        });
    }

    static ValueType date() {
        return shaped(new ValueShape.DateValue(), (value, row) -> {
            if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-'
                    && digits(value, 0, 4) && digits(value, 5, 7) && digits(value, 8, 10)) {
                try {
                    checkYear(LocalDate.of(number(value, 0, 4), number(value, 5, 7), number(value, 8, 10)), value);
                    return value;
                } catch (DateTimeException e) {
                    throw new BadValue("bad_date", quote(value) + " is not a calendar date");
                }
            }
            Matcher iso = ISO_DATE.matcher(value);
            Matcher dmy = DMY_DATE.matcher(value);
            try {
                if (iso.matches()) {
                    return checkYear(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))), value).toString();
                }
                if (dmy.matches()) {
                    return checkYear(LocalDate.of(Integer.parseInt(dmy.group(4)), Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(1))), value).toString();
                }
            } catch (DateTimeException e) {
                throw new BadValue("bad_date", quote(value) + " is not a calendar date");
            }
            throw new BadValue("bad_date", quote(value) + " is not a date; write it as yyyy-MM-dd, dd/MM/yyyy or dd-MM-yyyy");
        });
    }

    /** Year 0 exists in Java's calendar, not in the database's (nor in anyone's reports). */
    private static LocalDate checkYear(LocalDate date, String value) throws BadValue {
        if (date.getYear() < 1) {
            throw new BadValue("bad_date", quote(value) + " is not a calendar date (there is no year 0)");
        }
        return date;
    }

    /**
     * An enumerated value: its codes and the labels the national portal shows for them, both
     * accepted. Matching is case-insensitive, with spaces, {@code -} and {@code _} alike and runs
     * of them as one.
     */
    static ValueType oneOf(ValueShape.Choice... choices) {
        Map<String, String> accepted = new LinkedHashMap<>();
        for (ValueShape.Choice choice : choices) {
            accepted.put(normalizeEnum(choice.code()), choice.code());
            accepted.put(normalizeEnum(choice.label()), choice.code());
        }
        String list = String.join(", ", java.util.Arrays.stream(choices).map(ValueShape.Choice::code).toList());
        Map<String, String> spellings = new java.util.concurrent.ConcurrentHashMap<>(accepted);
        return shaped(new ValueShape.Choices(List.of(choices)), (value, row) -> {
            String code = spellings.get(value);
            if (code == null) {
                code = accepted.get(normalizeEnum(value));
                if (code != null && spellings.size() < 1000) {
                    spellings.put(value, code);
                }
            }
            if (code == null) {
                throw new BadValue("unknown_value", quote(value) + " is not one of " + list);
            }
            return code;
        });
    }

    static ValueShape.Choice choice(String code, String label) {
        return new ValueShape.Choice(code, label);
    }

    /** A check with the shape a person filling a spreadsheet sees of it. */
    private static ValueType shaped(ValueShape shape, ValueType check) {
        return new Shaped(shape, check);
    }

    private record Shaped(ValueShape shape, ValueType check) implements ValueType {
        @Override
        public String clean(String value, RowContext row) throws BadValue {
            return check.clean(value, row);
        }
    }

    static String normalizeEnum(String value) {
        return ENUM_SEPARATORS.matcher(value.trim().toLowerCase(Locale.ROOT)).replaceAll("_");
    }

    /** {@code ,} or {@code .} as the decimal separator, no thousands separators. */
    static BigDecimal decimal(String value) throws BadValue {
        String dotted = value.replace(',', '.');
        if (!DECIMAL.matcher(dotted).matches()) {
            throw new BadValue("bad_number", quote(value) + " is not a number (use , or . for decimals and no thousands separators)");
        }
        return new BigDecimal(dotted.startsWith("+") ? dotted.substring(1) : dotted);
    }

    /** The value of a string of at most 9 plain digits, else -1. */
    private static int smallWholeNumber(String value) {
        int n = value.length();
        if (n == 0 || n > 9 || !digits(value, 0, n)) {
            return -1;
        }
        return number(value, 0, n);
    }

    /** Digits, optionally one {@code .} or {@code ,} followed by digits: already canonical but for the separator. */
    private static boolean plainDecimal(String value) {
        int n = value.length();
        int separator = -1;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == '.' || c == ',') {
                if (separator >= 0) {
                    return false;
                }
                separator = i;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return n > 0 && separator != 0 && separator != n - 1;
    }

    private static boolean digits(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String value, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (value.charAt(i) - '0');
        }
        return n;
    }

    static String quote(String value) {
        String shown = value.length() > 60 ? value.substring(0, 57) + "..." : value;
        return "\"" + shown + "\"";
    }
}
