package io.github.clientbudgets.period;

import io.github.clientbudgets.common.Errors;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One calendar period of a retainer, written {@code "YYYY-MM"} (a month) or {@code "YYYY-Qn"} (a quarter, n = 1..4).
 * Parsing is strict: four-digit years 1900..9999, two-digit months 01..12, an upper-case Q, no spaces, no sign.
 * Keys of one kind sort by time; keys of different kinds do not compare.
 *
 * @param number the month (1..12) or the quarter (1..4) within the year
 */
public record PeriodKey(PeriodKind kind, int year, int number) implements Comparable<PeriodKey> {
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d)");
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 9999;

    public PeriodKey {
        Objects.requireNonNull(kind, "kind");
        int last = kind == PeriodKind.MONTHLY ? 12 : 4;
        if (year < MIN_YEAR || year > MAX_YEAR || number < 1 || number > last) {
            throw new IllegalArgumentException("No such " + kind + " period: " + year + "/" + number);
        }
    }

    public static PeriodKey month(int year, int month) {
        return new PeriodKey(PeriodKind.MONTHLY, year, month);
    }

    public static PeriodKey month(YearMonth month) {
        return month(month.getYear(), month.getMonthValue());
    }

    public static PeriodKey quarter(int year, int quarter) {
        return new PeriodKey(PeriodKind.QUARTERLY, year, quarter);
    }

    /** The period of {@code kind} that holds {@code day}. */
    public static PeriodKey containing(PeriodKind kind, LocalDate day) {
        return of(kind, YearMonth.from(day));
    }

    /** The period of {@code kind} that holds {@code month}. */
    public static PeriodKey of(PeriodKind kind, YearMonth month) {
        return kind == PeriodKind.MONTHLY ? month(month)
                : quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
    }

    /** Either kind, as written; a 400 on {@code field} otherwise. */
    public static PeriodKey parse(String text, String field) {
        Errors errors = new Errors();
        PeriodKey key = parse(text, null, field, errors);
        errors.throwIfAny();
        return key;
    }

    /** A key of the given kind only (a budget's periods are of one kind); a 400 on {@code field} otherwise. */
    public static PeriodKey parse(String text, PeriodKind kind, String field) {
        Errors errors = new Errors();
        PeriodKey key = parse(text, kind, field, errors);
        errors.throwIfAny();
        return key;
    }

    /**
     * @param kind the kind required, or null for either
     * @return the key, or null with an error on {@code field}
     */
    public static PeriodKey parse(String text, PeriodKind kind, String field, Errors errors) {
        if (text == null || text.isEmpty()) {
            errors.add(field, "client-budgets.error.period.required");
            return null;
        }
        Matcher month = MONTH.matcher(text);
        Matcher quarter = QUARTER.matcher(text);
        PeriodKey key = null;
        if (month.matches()) {
            key = valid(PeriodKind.MONTHLY, month);
        } else if (quarter.matches()) {
            key = valid(PeriodKind.QUARTERLY, quarter);
        }
        if (key == null) {
            errors.add(field, "client-budgets.error.period");
            return null;
        }
        if (kind != null && key.kind != kind) {
            errors.add(field, kind == PeriodKind.MONTHLY ? "client-budgets.error.period.monthly"
                    : "client-budgets.error.period.quarterly");
            return null;
        }
        return key;
    }

    private static PeriodKey valid(PeriodKind kind, Matcher m) {
        int year = Integer.parseInt(m.group(1));
        int number = Integer.parseInt(m.group(2));
        int last = kind == PeriodKind.MONTHLY ? 12 : 4;
        return year < MIN_YEAR || year > MAX_YEAR || number < 1 || number > last ? null
                : new PeriodKey(kind, year, number);
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, kind == PeriodKind.MONTHLY ? number : (number - 1) * 3 + 1);
    }

    public YearMonth lastMonth() {
        return firstMonth().plusMonths(kind.months() - 1L);
    }

    public LocalDate firstDay() {
        return firstMonth().atDay(1);
    }

    public LocalDate lastDay() {
        return lastMonth().atEndOfMonth();
    }

    /** Calendar days in the period (28..31 for a month, 90..92 for a quarter). */
    public int days() {
        return (int) (lastDay().toEpochDay() - firstDay().toEpochDay() + 1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    public PeriodKey next() {
        return of(kind, firstMonth().plusMonths(kind.months()));
    }

    public PeriodKey previous() {
        return of(kind, firstMonth().minusMonths(kind.months()));
    }

    @Override
    public int compareTo(PeriodKey other) {
        if (other.kind != kind) {
            throw new IllegalArgumentException("A " + kind + " period does not compare with a " + other.kind + " one");
        }
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }

    public boolean isAfter(PeriodKey other) {
        return compareTo(other) > 0;
    }

    public boolean isBefore(PeriodKey other) {
        return compareTo(other) < 0;
    }

    /** {@code "2026-03"} or {@code "2026-Q1"}. */
    @Override
    public String toString() {
        return kind == PeriodKind.MONTHLY ? String.format("%04d-%02d", year, number)
                : String.format("%04d-Q%d", year, number);
    }
}
