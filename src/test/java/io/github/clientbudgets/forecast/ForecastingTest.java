package io.github.clientbudgets.forecast;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The forecast's arithmetic, case by case: window edges, future-dated work, no burn, exhausted, leap years. */
class ForecastingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                 | today      | start      | end        | left  | burn (day=hours;...)                  | runs out   | h/week left | burn h/week | window from
            steady: 10 h a week, 40 h left         | 2026-12-08 | 2026-01-01 | 2026-12-31 | 40    | 2026-11-10=20;2026-12-07=20           | 2027-01-04 | 11.67       | 10.00       | 2026-11-10
            window's first day counts, the one before not | 2026-12-08 | 2026-01-01 | 2026-12-31 | 10 | 2026-11-09=100;2026-11-10=28         | 2026-12-17 | 2.92        | 7.00        | 2026-11-10
            today and future-dated days do not count | 2026-12-08 | 2026-01-01 | 2026-12-31 | 10  | 2026-12-08=50;2026-12-20=50;2026-12-07=28 | 2026-12-17 | 2.92     | 7.00        | 2026-11-10
            a part day rounds up to a whole day    | 2026-12-08 | 2026-01-01 | 2026-12-31 | 10.5  | 2026-12-01=28                         | 2026-12-18 | 3.06        | 7.00        | 2026-11-10
            one day of burn left runs out today    | 2026-12-08 | 2026-01-01 | 2026-12-31 | 1     | 2026-12-01=28                         | 2026-12-08 | 0.29        | 7.00        | 2026-11-10
            no burn: no run-out date               | 2026-12-08 | 2026-01-01 | 2026-12-31 | 10    | -                                     | -          | 2.92        | 0.00        | 2026-11-10
            exhausted: today, nothing per week     | 2026-12-08 | 2026-01-01 | 2026-12-31 | 0     | 2026-12-01=28                         | 2026-12-08 | 0.00        | 7.00        | 2026-11-10
            overrun without burn: still today      | 2026-12-08 | 2026-01-01 | 2026-12-31 | -5    | -                                     | 2026-12-08 | 0.00        | 0.00        | 2026-11-10
            younger than 4 weeks: since the start  | 2026-12-08 | 2026-12-01 | 2026-12-31 | 10    | 2026-11-30=99;2026-12-01=7;2026-12-07=7 | 2026-12-12 | 2.92      | 14.00       | 2026-12-01
            starts today: empty window, no date    | 2026-12-08 | 2026-12-08 | 2026-12-31 | 10    | 2026-12-08=5                          | -          | 2.92        | 0.00        | 2026-12-08
            no end date: no hours per week         | 2026-12-08 | 2026-01-01 | -          | 10    | 2026-12-01=28                         | 2026-12-17 | -           | 7.00        | 2026-11-10
            end date passed: no hours per week     | 2026-12-08 | 2026-01-01 | 2026-12-07 | 10    | 2026-12-01=28                         | 2026-12-17 | -           | 7.00        | 2026-11-10
            last day is today: a week's share      | 2026-12-08 | 2026-01-01 | 2026-12-08 | 10    | 2026-12-01=28                         | 2026-12-17 | 10.00       | 7.00        | 2026-11-10
            under a week left counts as one week   | 2026-12-08 | 2026-01-01 | 2026-12-10 | 10    | 2026-12-01=28                         | 2026-12-17 | 10.00       | 7.00        | 2026-11-10
            exactly two weeks left                 | 2026-12-08 | 2026-01-01 | 2026-12-21 | 10    | 2026-12-01=28                         | 2026-12-17 | 5.00        | 7.00        | 2026-11-10
            leap year: 29 February in the window   | 2028-03-10 | 2028-01-01 | 2028-12-31 | 20    | 2028-02-11=14;2028-02-29=14;2028-02-10=99 | 2028-03-29 | 0.47     | 7.00        | 2028-02-11
            leap year: runs out on 29 February     | 2028-02-20 | 2028-01-01 | 2028-03-31 | 10    | 2028-01-23=28                         | 2028-02-29 | 1.71        | 7.00        | 2028-01-23
            not a leap year: 1 March follows 28 February | 2027-02-20 | 2027-01-01 | 2027-03-31 | 10 | 2027-01-23=28                       | 2027-03-01 | 1.75        | 7.00        | 2027-01-23
            a burn so slow it outlasts the calendar | 2026-12-08 | 2026-01-01 | -         | 99999999 | 2026-12-01=0.01                    | -          | -           | 0.00        | 2026-11-10
            """)
    void projects(String name, LocalDate today, LocalDate start, LocalDate end, BigDecimal leftHours, String burn,
                  LocalDate runsOut, BigDecimal perWeekLeft, BigDecimal burnPerWeek, LocalDate windowStart) {
        Forecast f = Forecasting.project(Basis.APPROVED, seconds(leftHours), end, start, today, days(burn));

        assertEquals(runsOut, f.exhaustionDate(), "run-out day");
        assertEquals(perWeekLeft == null ? null : seconds(perWeekLeft), f.secondsPerWeekLeft() == null ? null
                : seconds(hours(f.secondsPerWeekLeft())), "hours per week left");
        assertEquals(burnPerWeek, hours(f.burnSecondsPerWeek()), "burn per week");
        assertEquals(windowStart, f.windowStart(), "window start");
        assertEquals(today.minusDays(1), f.windowEnd(), "the window ends yesterday");
        assertEquals(seconds(leftHours), f.remainingSeconds());
        assertEquals(end, f.endDate());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # basis        | approved h | pending h | runs out (1 h/day approved, 1 h/day pending on top)
            APPROVED       | 28         | 28        | 2026-12-17
            WITH_PENDING   | 28         | 28        | 2026-12-12
            """)
    void withPendingBurnsApprovedAndPendingTime(Basis basis, long approved, long pending, LocalDate runsOut) {
        List<DayBurn> burn = List.of(new DayBurn(LocalDate.parse("2026-12-01"), approved * 3600, pending * 3600));
        Forecast f = Forecasting.project(basis, 10 * 3600, null, LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-12-08"), burn);
        assertEquals(runsOut, f.exhaustionDate());
        assertEquals(basis, f.basis());
    }

    private static List<DayBurn> days(String text) {
        List<DayBurn> result = new ArrayList<>();
        if (text == null) {
            return result;
        }
        for (String part : text.split(";")) {
            String[] kv = part.split("=");
            result.add(new DayBurn(LocalDate.parse(kv[0].trim()), seconds(new BigDecimal(kv[1].trim())), 0));
        }
        return result;
    }

    private static long seconds(BigDecimal hours) {
        return hours.multiply(BigDecimal.valueOf(3600)).longValueExact();
    }

    private static BigDecimal hours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, java.math.RoundingMode.HALF_UP);
    }
}
