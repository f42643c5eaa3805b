package io.github.clientbudgets.forecast;

import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetStatus;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.period.PeriodFigures;
import io.github.clientbudgets.period.PeriodKey;
import io.github.clientbudgets.period.PeriodKind;
import io.github.clientbudgets.period.RetainerPeriods;
import io.github.clientbudgets.period.RetainerTerms;
import io.github.clientbudgets.period.Rollover;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What runs out (budget, retainer period), what the client gets, and which day is "today". */
class ForecastServiceTest {
    private static final long H = 3600;
    /** Tuesday 8 December 2026, 10:00 UTC. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-08T10:00:00Z"), ZoneOffset.UTC);

    /** Burn as given, remembering what was asked. */
    private static final class FakeBurn implements BurnQueries {
        final List<DayBurn> days = new ArrayList<>();
        LocalDate askedFrom;
        Boolean askedApproval;

        FakeBurn day(String day, double approvedHours, double pendingHours) {
            days.add(new DayBurn(LocalDate.parse(day), (long) (approvedHours * H), (long) (pendingHours * H)));
            return this;
        }

        @Override
        public List<DayBurn> byWorkDay(long budgetId, boolean approvalRequired, LocalDate from) {
            askedFrom = from;
            askedApproval = approvalRequired;
            return days.stream().filter(d -> !d.day().isBefore(from)).toList();
        }
    }

    private static Budget budget(BudgetType type, String start, String end, Long totalHours, boolean showForecast) {
        return new Budget(7, 10, "B", type, Currency.getInstance("EUR"), LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end), null, totalHours == null ? null : totalHours * H, "pm",
                BudgetStatus.OPEN, true, true, false, false, 80, 100, 1, showForecast);
    }

    @Test
    void aBudgetRunsOutOfItsTotalHoursAndPendingTimeComesOffTheTop() {
        FakeBurn burn = new FakeBurn().day("2026-12-01", 28, 14);
        ForecastService service = new ForecastService(burn, CLOCK);

        Forecasts f = service.forecast(budget(BudgetType.TIME_AND_MATERIALS, "2026-01-01", "2026-12-31", 100L, false),
                90 * H, 5 * H).orElseThrow();

        assertEquals(10 * H, f.approved().remainingSeconds());
        assertEquals(LocalDate.parse("2026-12-17"), f.approved().exhaustionDate()); // 1 h a day, 10 h left
        assertEquals(5 * H, f.withPending().remainingSeconds());
        assertEquals(LocalDate.parse("2026-12-11"), f.withPending().exhaustionDate()); // 1.5 h a day, 5 h: 4 days
        assertEquals(LocalDate.parse("2026-11-10"), burn.askedFrom);
        assertTrue(burn.askedApproval);
    }

    @Test
    void aBudgetWithoutTotalHoursHasNoForecast() {
        ForecastService service = new ForecastService(new FakeBurn(), CLOCK);
        assertEquals(Optional.empty(), service.forecast(
                budget(BudgetType.FIXED_PRICE, "2026-01-01", null, null, true), 0, 0));
        assertEquals(Optional.empty(), service.forClient(
                budget(BudgetType.FIXED_PRICE, "2026-01-01", null, null, true), 0));
    }

    @Test
    void theClientGetsTheApprovedForecastOnlyWhereTheBudgetShowsIt() {
        FakeBurn burn = new FakeBurn().day("2026-12-01", 28, 280);
        ForecastService service = new ForecastService(burn, CLOCK);

        assertEquals(Optional.empty(), service.forClient(
                budget(BudgetType.TIME_AND_MATERIALS, "2026-01-01", "2026-12-31", 100L, false), 90 * H));
        Forecast shown = service.forClient(
                budget(BudgetType.TIME_AND_MATERIALS, "2026-01-01", "2026-12-31", 100L, true), 90 * H).orElseThrow();
        assertEquals(Basis.APPROVED, shown.basis());
        assertEquals(7 * H, shown.burnSecondsPerWeek()); // the pending 280 h burn nothing for the client
        assertEquals(LocalDate.parse("2026-12-17"), shown.exhaustionDate());
    }

    @Test
    void todayIsTheDayInTheClocksTimeZone() {
        // 23:30 UTC on 7 December is already 8 December in Berlin: 7 December is then a whole day before today
        Instant lateEvening = Instant.parse("2026-12-07T23:30:00Z");
        FakeBurn burn = new FakeBurn().day("2026-12-07", 28, 0);
        Budget b = budget(BudgetType.TIME_AND_MATERIALS, "2026-01-01", "2026-12-31", 100L, false);

        Forecast berlin = new ForecastService(burn, Clock.fixed(lateEvening, ZoneId.of("Europe/Berlin")))
                .forecast(b, 90 * H, 0).orElseThrow().approved();
        Forecast utc = new ForecastService(burn, Clock.fixed(lateEvening, ZoneOffset.UTC))
                .forecast(b, 90 * H, 0).orElseThrow().approved();

        assertEquals(LocalDate.parse("2026-12-07"), berlin.windowEnd());
        assertEquals(7 * H, berlin.burnSecondsPerWeek());
        assertEquals(LocalDate.parse("2026-12-17"), berlin.exhaustionDate());
        // in UTC it is still 7 December: that day is today, still being logged, and does not count
        assertEquals(LocalDate.parse("2026-12-06"), utc.windowEnd());
        assertEquals(0, utc.burnSecondsPerWeek());
        assertNull(utc.exhaustionDate());
    }

    @Test
    void aRetainerRunsOutOfItsCurrentPeriodByThePeriodsLastDay() {
        // December: 20 h allowance + 5 h carried in, 15 h used: 10 h left; 3 h pending in December, 1 h of it
        // future-dated; 2 h pending in November do not count for December
        FakeBurn burn = new FakeBurn().day("2026-11-20", 28, 2).day("2026-12-02", 0, 2).day("2026-12-21", 0, 1);
        PeriodKey dec = PeriodKey.month(2026, 12);
        RetainerPeriods periods = new RetainerPeriods() {
            @Override
            public Optional<RetainerTerms> terms(long budgetId) {
                return Optional.of(new RetainerTerms(PeriodKind.MONTHLY, 20 * H, null, Rollover.none(),
                        LocalDate.parse("2026-01-01"), null));
            }

            @Override
            public List<PeriodFigures> periods(long budgetId, LocalDate today) {
                return List.of(new PeriodFigures(PeriodKey.month(2026, 11), 20 * H, null, 0, 15 * H, 5 * H, 5 * H, true),
                        new PeriodFigures(dec, 20 * H, null, 5 * H, 15 * H, 10 * H, 0, false));
            }
        };
        ForecastService service = new ForecastService(burn, periods, CLOCK);

        Forecasts f = service.forecast(budget(BudgetType.RETAINER, "2026-01-01", null, 20L, false), 999 * H, 999 * H)
                .orElseThrow();

        assertEquals(10 * H, f.approved().remainingSeconds());
        assertEquals(dec.lastDay(), f.approved().endDate());
        assertEquals(LocalDate.parse("2026-12-17"), f.approved().exhaustionDate());
        assertEquals(10 * H * 7 / 24, f.approved().secondsPerWeekLeft()); // 24 days to 31 December
        assertEquals(7 * H, f.withPending().remainingSeconds());
    }

    @Test
    void aRetainerWithoutPeriodTermsCountsTheCalendarMonthAsTheSummaryDoes() {
        FakeBurn burn = new FakeBurn().day("2026-12-01", 28, 0);
        ForecastService service = new ForecastService(burn, CLOCK);

        Forecasts f = service.forecast(budget(BudgetType.RETAINER, "2026-01-01", "2026-12-20", 20L, false), 12 * H,
                2 * H).orElseThrow();

        assertEquals(8 * H, f.approved().remainingSeconds());
        assertEquals(LocalDate.parse("2026-12-20"), f.approved().endDate()); // the budget ends before the month
        assertEquals(6 * H, f.withPending().remainingSeconds());
    }
}
