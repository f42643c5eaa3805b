package io.github.clientbudgets.expense;

import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.common.Errors;
import io.github.clientbudgets.common.Fields;
import io.github.clientbudgets.common.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** Checks an {@link ExpenseInput}; a new expense takes its status from the budget's approval rule. */
public final class ExpenseRules {
    private static final BigDecimal MAX_MARKUP = BigDecimal.valueOf(1000);

    private ExpenseRules() {
    }

    public static Expense validate(ExpenseInput in, Budget budget, Set<Long> serviceIdsOfBudget, Expense existing) {
        Errors errors = new Errors();
        LocalDate date = Fields.date(in.date, "date", true, errors);
        String description = Fields.name(in.description, "description", errors);
        BigDecimal amount = Money.amount(in.amount, budget.currency(), "amount", errors);
        if (amount == null && !errors.has("amount")) {
            errors.add("amount", "client-budgets.error.required");
        }
        BigDecimal markup = Money.decimal(in.markupPercent, "markupPercent", errors);
        if (markup != null) {
            if (markup.signum() < 0 || markup.compareTo(MAX_MARKUP) > 0) {
                errors.add("markupPercent", "client-budgets.error.markup");
            } else if (markup.stripTrailingZeros().scale() > 2) {
                errors.add("markupPercent", "client-budgets.error.decimals", 2);
            }
        }
        if (in.serviceId != null && !serviceIdsOfBudget.contains(in.serviceId)) {
            errors.add("serviceId", "client-budgets.error.expense.service");
        }
        errors.throwIfAny();
        // an edited expense goes through approval again where the budget requires it
        ApprovalStatus status = ApprovalStatus.initial(budget.approvalRequired());
        return new Expense(existing != null ? existing.id() : 0, budget.id(), in.serviceId, date, description, amount,
                in.billable == null || in.billable,
                markup == null ? BigDecimal.ZERO.setScale(2) : markup.setScale(2), status);
    }

    /** 12.5 % = 1250 basis points: exact. */
    public static int toBasisPoints(BigDecimal percent) {
        return percent.movePointRight(2).intValueExact();
    }

    public static BigDecimal fromBasisPoints(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2);
    }
}
