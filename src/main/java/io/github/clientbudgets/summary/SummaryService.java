package io.github.clientbudgets.summary;

import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetService;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.lineitem.LineItemStore;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Clock;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes a budget's {@link Summary} from database aggregates. Amounts: HOURLY = rate x used billable hours
 * (rounded half up to the minor unit per service), FIXED = the price, NON_BILLABLE = 0; plus billable expenses that
 * count as used, with their markup, rounded once.
 */
public class SummaryService {
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final BudgetService budgets;
    private final LineItemStore lineItems;
    private final SummaryQueries queries;
    private final Clock clock;

    public SummaryService(BudgetService budgets, LineItemStore lineItems, SummaryQueries queries, Clock clock) {
        this.budgets = budgets;
        this.lineItems = lineItems;
        this.queries = queries;
        this.clock = clock;
    }

    /** Checks that the caller may browse the budget, then computes. */
    public Summary summary(String caller, long budgetId) {
        return compute(budgets.budget(caller, budgetId));
    }

    public Summary compute(Budget budget) {
        List<LineItem> services = lineItems.lineItems(budget);
        SummaryQueries.Totals totals = queries.totals(budget.id(), budget.approvalRequired());
        List<TimeTotals> time = totals.time();
        List<ExpenseTotals> expenses = totals.expenses();
        int scale = budget.currency().getDefaultFractionDigits();

        List<ServiceSummary> serviceSummaries = new ArrayList<>();
        BigDecimal servicesAmount = BigDecimal.ZERO.setScale(scale);
        BigDecimal servicesPending = BigDecimal.ZERO.setScale(scale);
        long used = 0;
        long pending = 0;
        for (LineItem service : services) {
            long usedSeconds = 0;
            long billableSeconds = 0;
            long pendingSeconds = 0;
            long pendingBillable = 0;
            for (TimeTotals row : time) {
                if (row.serviceId() == service.id()) {
                    usedSeconds += row.usedSeconds();
                    billableSeconds += row.usedBillableSeconds();
                    pendingSeconds += row.pendingSeconds();
                    pendingBillable += row.pendingBillableSeconds();
                }
            }
            BigDecimal amount = amount(service, billableSeconds, scale);
            BigDecimal pendingAmount = pendingAmount(service, pendingBillable, scale);
            serviceSummaries.add(new ServiceSummary(service.id(), service.name(), service.billing(),
                    service.budgetedSeconds(), usedSeconds, billableSeconds, amount, pendingSeconds, pendingAmount));
            servicesAmount = servicesAmount.add(amount);
            servicesPending = servicesPending.add(pendingAmount);
            used += usedSeconds;
            pending += pendingSeconds;
        }
        BigDecimal expensesAmount = expenseAmount(expenses, null, scale);
        BigDecimal pendingAmount = servicesPending.add(pendingExpenseAmount(expenses, scale));

        if (budget.type() == BudgetType.RETAINER) {
            return retainer(budget, services, time, expenses, serviceSummaries, pendingAmount, scale);
        }
        BigDecimal usedAmount = servicesAmount.add(expensesAmount);
        BigDecimal remaining = budget.totalAmount() == null ? null : budget.totalAmount().subtract(usedAmount);
        Long remainingSeconds = budget.totalSeconds() == null ? null : budget.totalSeconds() - used;
        return new Summary(budget.id(), budget.currency(), budget.totalAmount(), usedAmount, remaining, expensesAmount,
                budget.totalSeconds(), used, pending, remainingSeconds,
                percent(budget.totalAmount(), usedAmount, budget.totalSeconds(), used), pendingAmount, serviceSummaries,
                List.of());
    }

    private Summary retainer(Budget budget, List<LineItem> services, List<TimeTotals> time,
                             List<ExpenseTotals> expenses, List<ServiceSummary> serviceSummaries,
                             BigDecimal pendingAmount, int scale) {
        YearMonth current = YearMonth.now(clock);
        YearMonth first = YearMonth.from(budget.startDate());
        YearMonth last = budget.endDate() == null ? current : min(current, YearMonth.from(budget.endDate()));
        List<PeriodSummary> periods = new ArrayList<>();
        PeriodSummary now = null;
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            int key = month.getYear() * 100 + month.getMonthValue();
            long usedSeconds = 0;
            long pendingSeconds = 0;
            BigDecimal amount = BigDecimal.ZERO.setScale(scale);
            for (LineItem service : services) {
                long billable = 0;
                for (TimeTotals row : time) {
                    if (row.serviceId() == service.id() && row.month() == key) {
                        usedSeconds += row.usedSeconds();
                        pendingSeconds += row.pendingSeconds();
                        billable += row.usedBillableSeconds();
                    }
                }
                amount = amount.add(amount(service, billable, scale));
            }
            amount = amount.add(expenseAmount(expenses, key, scale));
            BigDecimal allowance = budget.totalAmount();
            PeriodSummary period = new PeriodSummary(month, month.equals(current), allowance, amount, usedSeconds,
                    pendingSeconds, allowance == null ? null : allowance.subtract(amount));
            periods.add(period);
            if (period.current()) {
                now = period;
            }
        }
        BigDecimal usedAmount = now == null ? BigDecimal.ZERO.setScale(scale) : now.usedAmount();
        long usedSeconds = now == null ? 0 : now.usedSeconds();
        long pendingSeconds = now == null ? 0 : now.pendingSeconds();
        BigDecimal remaining = budget.totalAmount() == null ? null : budget.totalAmount().subtract(usedAmount);
        Long remainingSeconds = budget.totalSeconds() == null ? null : budget.totalSeconds() - usedSeconds;
        int key = current.getYear() * 100 + current.getMonthValue();
        return new Summary(budget.id(), budget.currency(), budget.totalAmount(), usedAmount, remaining,
                expenseAmount(expenses, key, scale), budget.totalSeconds(), usedSeconds, pendingSeconds,
                remainingSeconds, percent(budget.totalAmount(), usedAmount, budget.totalSeconds(), usedSeconds),
                pendingAmount, serviceSummaries, periods);
    }

    static BigDecimal amount(LineItem service, long billableSeconds, int scale) {
        return switch (service.billing()) {
            case HOURLY -> service.rate().multiply(BigDecimal.valueOf(billableSeconds))
                    .divide(SECONDS_PER_HOUR, scale, RoundingMode.HALF_UP);
            // decision: a fixed price counts in full from the start (it is agreed, not earned by the hour)
            case FIXED -> service.rate().setScale(scale, RoundingMode.UNNECESSARY);
            case NON_BILLABLE -> BigDecimal.ZERO.setScale(scale);
        };
    }

    /** What pending time would add once approved: HOURLY only (a fixed price already counts in full). */
    static BigDecimal pendingAmount(LineItem service, long pendingBillableSeconds, int scale) {
        if (service.billing() != io.github.clientbudgets.budget.Billing.HOURLY) {
            return BigDecimal.ZERO.setScale(scale);
        }
        return amount(service, pendingBillableSeconds, scale);
    }

    private static BigDecimal pendingExpenseAmount(List<ExpenseTotals> expenses, int scale) {
        BigInteger sum = BigInteger.ZERO;
        for (ExpenseTotals row : expenses) {
            sum = sum.add(row.pendingMinorTimes10k());
        }
        return new BigDecimal(sum).divide(TEN_THOUSAND, 0, RoundingMode.HALF_UP).movePointLeft(scale);
    }

    /** @param month yyyymm, or null for all months */
    private static BigDecimal expenseAmount(List<ExpenseTotals> expenses, Integer month, int scale) {
        BigInteger sum = BigInteger.ZERO;
        for (ExpenseTotals row : expenses) {
            if (month == null || row.month() == month) {
                sum = sum.add(row.usedMinorTimes10k());
            }
        }
        return new BigDecimal(sum).divide(TEN_THOUSAND, 0, RoundingMode.HALF_UP).movePointLeft(scale);
    }

    private static Integer percent(BigDecimal total, BigDecimal used, Long totalSeconds, long usedSeconds) {
        if (total != null && total.signum() > 0) {
            return used.multiply(BigDecimal.valueOf(100)).divide(total, 0, RoundingMode.HALF_UP).intValue();
        }
        if (totalSeconds != null && totalSeconds > 0) {
            return BigDecimal.valueOf(usedSeconds).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(totalSeconds), 0, RoundingMode.HALF_UP).intValue();
        }
        return null;
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }

}
