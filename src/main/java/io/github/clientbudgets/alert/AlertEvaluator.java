package io.github.clientbudgets.alert;

import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetStatus;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.budget.FiguresChanged;
import io.github.clientbudgets.period.PeriodFigures;
import io.github.clientbudgets.period.RetainerPeriods;
import io.github.clientbudgets.summary.PeriodSummary;
import io.github.clientbudgets.summary.Summary;
import io.github.clientbudgets.summary.SummaryService;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Looks at a budget's approved figures against its thresholds and records what was crossed; each crossing this
 * node's insert wins is mailed, once in the cluster (see {@link Crossing}). Called after every change of approved
 * figures has committed ({@link FiguresChanged}) and by {@link AlertJob}, the safety net.
 * <p>
 * What is measured, always approved figures only (the same for the team and the client, so one crossing is one
 * event for both, and time that may still be rejected never raises an alarm it could not take back): a budget's
 * approved hours against its total hours and its approved amount against its total amount; a retainer's current
 * period (the one holding today) against its allowance plus what it carried in. A closed budget raises no alert.
 */
public class AlertEvaluator implements FiguresChanged {
    private static final Logger LOG = LoggerFactory.getLogger(AlertEvaluator.class);

    private final BudgetStore budgets;
    private final AlertStore store;
    private final SummaryService summaries;
    private final RetainerPeriods periods;
    private final AlertNotifier notifier;
    private final Clock clock;
    private final ClusterLockService locks;

    /**
     * @param locks one budget is evaluated by one node at a time (the others wait their turn), so the crossings one
     *              change causes (hours and amount at once) are recorded by one evaluation and go out in one mail
     */
    public AlertEvaluator(BudgetStore budgets, AlertStore store, SummaryService summaries, RetainerPeriods periods,
                          AlertNotifier notifier, Clock clock, ClusterLockService locks) {
        this.locks = locks;
        this.budgets = budgets;
        this.store = store;
        this.summaries = summaries;
        this.periods = periods;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Override
    public void changed(Collection<Long> budgetIds) {
        for (long id : new TreeSet<>(budgetIds)) {
            evaluateQuietly(id);
        }
    }

    @Override
    public void allChanged() {
        for (long id : budgets.budgetIds()) {
            evaluateQuietly(id);
        }
    }

    private void evaluateQuietly(long budgetId) {
        try {
            evaluate(budgetId);
        } catch (RuntimeException e) {
            // the change that got us here is done; the safety-net job looks again
            LOG.warn("Could not evaluate the alerts of budget {}: {}", budgetId, e.toString());
        }
    }

    /**
     * Evaluates the budget under its cluster lock, waiting up to {@value #LOCK_WAIT_SECONDS} s for another node's
     * evaluation of it to end (the figures it then reads include every change committed before).
     *
     * @return the crossings this call recorded (and mailed)
     */
    public List<Crossing> evaluate(long budgetId) {
        ClusterLock lock = locks.getLockForName(LOCK_PREFIX + budgetId);
        try {
            if (!lock.tryLock(LOCK_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Alerts of budget {} not evaluated: its lock stayed taken; the next check looks again", budgetId);
                return List.of();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
        try {
            return evaluateLocked(budgetId);
        } finally {
            lock.unlock();
        }
    }

    static final String LOCK_PREFIX = "io.github.clientbudgets.alerts.budget.";
    private static final int LOCK_WAIT_SECONDS = 30;

    private List<Crossing> evaluateLocked(long budgetId) {
        Budget budget = budgets.budget(budgetId).orElse(null);
        if (budget == null || budget.status() == BudgetStatus.CLOSED) {
            return List.of();
        }
        AlertSettings settings = store.settings(budgetId).orElseGet(() -> AlertSettings.defaultsOf(budget));
        List<Measure> measures = measures(budget);
        CrossingRule.Decision decision = CrossingRule.decide(budgetId, settings.thresholds(), measures,
                store.crossings(budgetId));
        store.forget(decision.toForget());
        List<Crossing> won = new ArrayList<>();
        for (Crossing c : decision.toRecord()) {
            if (store.record(c)) {
                won.add(c);
            }
        }
        if (!won.isEmpty()) {
            notifier.crossed(budget, won, measures, settings.notifyClient());
        }
        return won;
    }

    /** The approved figures that thresholds apply to. */
    List<Measure> measures(Budget budget) {
        LocalDate today = LocalDate.now(clock);
        List<Measure> measures = new ArrayList<>();
        if (budget.type() == BudgetType.RETAINER) {
            List<PeriodFigures> figures = periods.periods(budget.id(), today);
            if (!figures.isEmpty()) {
                PeriodFigures current = figures.get(figures.size() - 1);
                if (current.period().contains(today)) {
                    measures.add(new Measure(current.period().toString(), Metric.HOURS,
                            BigDecimal.valueOf(current.usedSeconds()),
                            BigDecimal.valueOf(current.allowanceSeconds() + current.carriedInSeconds())));
                }
                return measures;
            }
            // a retainer without period terms renews its totals every month
            Summary summary = summaries.compute(budget);
            summary.periods().stream().filter(PeriodSummary::current).findFirst().ifPresent(month -> {
                String scope = month.month().toString();
                if (budget.totalSeconds() != null) {
                    measures.add(new Measure(scope, Metric.HOURS, BigDecimal.valueOf(month.usedSeconds()),
                            BigDecimal.valueOf(budget.totalSeconds())));
                }
                if (budget.totalAmount() != null) {
                    measures.add(new Measure(scope, Metric.AMOUNT, month.usedAmount(), budget.totalAmount()));
                }
            });
            return measures;
        }
        Summary summary = summaries.compute(budget);
        if (budget.totalSeconds() != null) {
            measures.add(new Measure(Crossing.TOTAL, Metric.HOURS, BigDecimal.valueOf(summary.usedSeconds()),
                    BigDecimal.valueOf(budget.totalSeconds())));
        }
        if (budget.totalAmount() != null) {
            measures.add(new Measure(Crossing.TOTAL, Metric.AMOUNT, summary.usedAmount(), budget.totalAmount()));
        }
        return measures;
    }
}
