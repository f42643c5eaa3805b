package io.github.clientbudgets.forecast;

import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.period.PeriodFigures;
import io.github.clientbudgets.period.RetainerPeriods;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A budget's forecast ({@link Forecasting}) from the burn per work day the database sums ({@link BurnQueries}).
 * What runs out: the budget's total hours; for a retainer, the current period's hours (its allowance and carry, as
 * {@link RetainerPeriods} figures them), by the period's last day. A retainer without period terms counts its hours
 * per calendar month, as the summary does. A budget without total hours has no forecast.
 * <p>
 * "Today" is the day in the clock's time zone (the server's, which is Jira's default time zone); work days are
 * stored in the worklog's own calendar, so a day's time belongs to that day wherever the reader is.
 */
public class ForecastService {
    private final BurnQueries queries;
    private final RetainerPeriods periods;
    private final Clock clock;

    /** @param periods the retainers' periods; null where none are known (every retainer counts calendar months) */
    public ForecastService(BurnQueries queries, RetainerPeriods periods, Clock clock) {
        this.queries = queries;
        this.periods = periods;
        this.clock = clock;
    }

    public ForecastService(BurnQueries queries, Clock clock) {
        this(queries, null, clock);
    }

    /**
     * Both forecasts for the team. The caller has checked that the caller may see the budget.
     *
     * @param usedSeconds    what the summary counts as used (for a retainer: of the current month)
     * @param pendingSeconds what it counts as pending, likewise
     * @return empty when the budget has no total hours
     */
    public Optional<Forecasts> forecast(Budget budget, long usedSeconds, long pendingSeconds) {
        LocalDate today = LocalDate.now(clock);
        Target target = target(budget, usedSeconds, pendingSeconds, today);
        if (target == null) {
            return Optional.empty();
        }
        LocalDate from = Forecasting.windowStart(budget.startDate(), today);
        if (target.periodStart != null && target.periodStart.isBefore(from)) {
            from = target.periodStart;
        }
        List<DayBurn> burn = queries.byWorkDay(budget.id(), budget.approvalRequired(), from);
        long pending = target.pendingSeconds;
        if (target.periodStart != null) {
            // the period's pending time: every pending day in it, future-dated ones included (they will be used)
            pending = 0;
            for (DayBurn d : burn) {
                if (!d.day().isBefore(target.periodStart) && (target.endDate == null || !d.day().isAfter(target.endDate))) {
                    pending += d.pendingSeconds();
                }
            }
        }
        Forecast approved = Forecasting.project(Basis.APPROVED, target.remainingSeconds, target.endDate,
                budget.startDate(), today, burn);
        Forecast withPending = Forecasting.project(Basis.WITH_PENDING, target.remainingSeconds - pending,
                target.endDate, budget.startDate(), today, burn);
        return Optional.of(new Forecasts(approved, withPending));
    }

    /**
     * The forecast a client sees: approved time only, and only where the budget shows it.
     *
     * @param usedSeconds what the client's summary counts as used (approved, or live without approval)
     */
    public Optional<Forecast> forClient(Budget budget, long usedSeconds) {
        if (!budget.showForecast()) {
            return Optional.empty();
        }
        return forecast(budget, usedSeconds, 0).map(Forecasts::approved);
    }

    private Target target(Budget budget, long used, long pending, LocalDate today) {
        if (budget.type() == BudgetType.RETAINER) {
            if (periods != null && periods.terms(budget.id()).isPresent()) {
                List<PeriodFigures> list = periods.periods(budget.id(), today);
                if (list.isEmpty()) {
                    return null;
                }
                PeriodFigures current = list.get(list.size() - 1);
                return new Target(current.remainingSeconds(), pending,
                        earlier(current.period().lastDay(), budget.endDate()), current.period().firstDay());
            }
            if (budget.totalSeconds() == null) {
                return null;
            }
            YearMonth month = YearMonth.from(today);
            return new Target(budget.totalSeconds() - used, pending, earlier(month.atEndOfMonth(), budget.endDate()),
                    null);
        }
        if (budget.totalSeconds() == null) {
            return null;
        }
        return new Target(budget.totalSeconds() - used, pending, budget.endDate(), null);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return b == null || a.isBefore(b) ? a : b;
    }

    /**
     * What runs out: the hours left (approved basis), the pending time on top, by when, and the first day of the
     * retainer period (null for a whole budget; then {@code pendingSeconds} is the summary's).
     */
    private record Target(long remainingSeconds, long pendingSeconds, LocalDate endDate, LocalDate periodStart) {
    }
}
