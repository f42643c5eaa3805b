package io.github.clientbudgets.alert;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetStatus;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.period.PeriodFigures;
import io.github.clientbudgets.period.PeriodKey;
import io.github.clientbudgets.period.RetainerPeriods;
import io.github.clientbudgets.period.RetainerTerms;
import io.github.clientbudgets.summary.SummaryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The evaluator alone: a retainer's current period is measured on its allowance plus what it carried in (periods
 * from the port, a fake here), past periods are not, each crossing is mailed once, and a closed budget or a lock
 * another node keeps raises nothing.
 */
class AlertEvaluatorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private final BudgetStore budgets = mock(BudgetStore.class);
    private final SummaryService summaries = mock(SummaryService.class);
    private final AlertNotifier notifier = mock(AlertNotifier.class);
    private final ClusterLockService locks = mock(ClusterLockService.class);
    private final ClusterLock lock = mock(ClusterLock.class);
    private final MemoryAlertStore store = new MemoryAlertStore();
    private final List<PeriodFigures> periods = new ArrayList<>();
    private AlertEvaluator evaluator;

    @BeforeEach
    void setUp() throws Exception {
        when(locks.getLockForName(anyString())).thenReturn(lock);
        when(lock.tryLock(anyLong(), any(TimeUnit.class))).thenReturn(true);
        RetainerPeriods fake = new RetainerPeriods() {
            @Override
            public Optional<RetainerTerms> terms(long budgetId) {
                return Optional.empty();
            }

            @Override
            public List<PeriodFigures> periods(long budgetId, LocalDate today) {
                return periods;
            }
        };
        evaluator = new AlertEvaluator(budgets, store, summaries, fake, notifier, CLOCK, locks);
    }

    private static Budget retainer(BudgetStatus status) {
        return new Budget(5, 1, "Support retainer", BudgetType.RETAINER, Currency.getInstance("USD"),
                LocalDate.of(2026, 9, 1), null, new BigDecimal("8000.00"), 60 * 3600L, "pm", status, false, true,
                false, false, 80, 100);
    }

    private static PeriodFigures month(int month, long allowanceHours, long carriedInHours, long usedHours) {
        long allowance = allowanceHours * 3600;
        long carried = carriedInHours * 3600;
        long used = usedHours * 3600;
        return new PeriodFigures(PeriodKey.month(2026, month), allowance, null, carried, used,
                allowance + carried - used, 0, false);
    }

    @Test
    void theCurrentPeriodIsMeasuredOnItsAllowancePlusWhatItCarriedIn() {
        when(budgets.budget(5)).thenReturn(Optional.of(retainer(BudgetStatus.OPEN)));
        periods.add(month(11, 70, 0, 80)); // over, but past: not measured any more
        periods.add(month(12, 70, 10, 63)); // 63 of 80 h: below 80 %

        assertEquals(List.of(), evaluator.evaluate(5));
        verifyNoInteractions(notifier);

        periods.set(1, month(12, 70, 10, 64)); // 64 of 80 h: 80 % exactly
        List<Crossing> won = evaluator.evaluate(5);

        assertEquals(List.of("5:2026-12:HOURS:80"), won.stream().map(Crossing::key).toList());
        verify(notifier).crossed(eq(retainer(BudgetStatus.OPEN)), eq(won), any(), eq(false));
        assertEquals(0, new BigDecimal(80 * 3600).compareTo(won.get(0).base()), "allowance + carried in");
        assertEquals(List.of(), evaluator.evaluate(5), "recorded: not again");
        verify(notifier, times(1)).crossed(any(), any(), any(), anyBoolean());
        verifyNoInteractions(summaries);
    }

    @Test
    void aClosedBudgetRaisesNothing() {
        when(budgets.budget(5)).thenReturn(Optional.of(retainer(BudgetStatus.CLOSED)));
        periods.add(month(12, 70, 0, 200));
        assertEquals(List.of(), evaluator.evaluate(5));
        verifyNoInteractions(notifier);
    }

    @Test
    void aBudgetWhoseLockAnotherNodeKeepsIsLeftToTheNextCheck() throws Exception {
        when(lock.tryLock(anyLong(), any(TimeUnit.class))).thenReturn(false);
        when(budgets.budget(5)).thenReturn(Optional.of(retainer(BudgetStatus.OPEN)));
        periods.add(month(12, 70, 0, 200));
        assertEquals(List.of(), evaluator.evaluate(5));
        verify(notifier, never()).crossed(any(), any(), any(), anyBoolean());
        verify(lock, never()).unlock();
    }

    /** The store as a map: what the rule and the evaluator see of it. */
    private static final class MemoryAlertStore implements AlertStore {
        private final Map<String, Crossing> crossings = new LinkedHashMap<>();

        @Override
        public Optional<AlertSettings> settings(long budgetId) {
            return Optional.empty();
        }

        @Override
        public void saveSettings(long budgetId, AlertSettings settings) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Crossing> crossings(long budgetId) {
            return crossings.values().stream().filter(c -> c.budgetId() == budgetId).toList();
        }

        @Override
        public boolean record(Crossing crossing) {
            return crossings.putIfAbsent(crossing.key(), crossing) == null;
        }

        @Override
        public void forget(Collection<Crossing> gone) {
            gone.forEach(c -> crossings.remove(c.key()));
        }
    }
}
