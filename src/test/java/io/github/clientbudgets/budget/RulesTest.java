package io.github.clientbudgets.budget;

import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.expense.Expense;
import io.github.clientbudgets.expense.ExpenseInput;
import io.github.clientbudgets.expense.ExpenseRules;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.lineitem.LineItemInput;
import io.github.clientbudgets.lineitem.LineItemRules;
import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.testing.TeamWorld;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The domain rules without a database. */
class RulesTest {
    private static Budget validate(BudgetInput in) {
        return BudgetRules.validate(in, 10, null, List.of(), "pm"::equals, "pm");
    }

    private static Budget eur(BudgetType type, boolean approval) {
        return new Budget(7, 10, "B", type, java.util.Currency.getInstance("EUR"), LocalDate.parse("2026-01-01"),
                null, new BigDecimal("100.00"), null, "pm", BudgetStatus.OPEN, approval, false, false, false, 80, 100);
    }

    @Test
    void aValidBudgetGetsDefaults() {
        BudgetInput in = TeamWorld.input("  Website  ");
        in.currency = "JPY";
        in.totalAmount = "1200000";
        Budget b = validate(in);
        assertEquals("Website", b.name());
        assertEquals(new BigDecimal("1200000"), b.totalAmount());
        assertEquals("pm", b.ownerKey());
        assertEquals(BudgetStatus.OPEN, b.status());
        assertEquals(80, b.alertWarnPercent());
        assertEquals(100, b.alertCriticalPercent());
        assertFalse(b.approvalRequired());
    }

    @Test
    void hoursOnlyBudgetHasNoAmount() {
        BudgetInput in = TeamWorld.input("Hours");
        in.totalAmount = null;
        in.totalHours = "12.5";
        Budget b = validate(in);
        assertNull(b.totalAmount());
        assertEquals(45000L, b.totalSeconds());
    }

    @Test
    void everyFieldErrorIsReportedAtOnce() {
        BudgetInput in = new BudgetInput();
        ValidationException e = assertThrows(ValidationException.class, () -> validate(in));
        assertEquals(Set.of("name", "type", "currency", "startDate", "totalAmount"), e.errors().keySet());
    }

    @Test
    void theStartDayItselfIsAValidEndDay() {
        BudgetInput in = TeamWorld.input("One day");
        in.endDate = in.startDate;
        assertEquals(LocalDate.parse("2026-09-01"), validate(in).endDate());
    }

    @Test
    void theFirstServiceIsTheDefaultAndAFixedServiceNeedsAPrice() {
        Budget budget = eur(BudgetType.FIXED_PRICE, false);
        LineItemInput in = TeamWorld.serviceInput("Setup", "FIXED", "1500");
        LineItem s = LineItemRules.validate(in, budget, null, true);
        assertTrue(s.isDefault());
        assertEquals(new BigDecimal("1500.00"), s.rate());
        in.rate = null;
        assertTrue(assertThrows(ValidationException.class, () -> LineItemRules.validate(in, budget, null, false))
                .errors().containsKey("rate"));
        LineItemInput hourly = TeamWorld.serviceInput("Dev", "HOURLY", "100");
        assertTrue(assertThrows(ValidationException.class, () -> LineItemRules.validate(hourly, budget, null, false))
                .errors().containsKey("billing"));
    }

    @Test
    void retainersTakeHourlyServicesOnly() {
        Budget budget = eur(BudgetType.RETAINER, false);
        assertEquals(Billing.HOURLY, LineItemRules.validate(TeamWorld.serviceInput("S", "HOURLY", "90"),
                budget, null, true).billing());
        assertThrows(ValidationException.class, () -> LineItemRules.validate(
                TeamWorld.serviceInput("S", "FIXED", "90"), budget, null, true));
    }

    @Test
    void expenseStatusFollowsTheApprovalRuleAndMarkupIsExact() {
        ExpenseInput in = new ExpenseInput();
        in.date = "2026-10-01";
        in.description = "Hosting";
        in.amount = "10.10";
        in.markupPercent = "12.5";
        Expense free = ExpenseRules.validate(in, eur(BudgetType.TIME_AND_MATERIALS, false), Set.of(), null);
        assertEquals(ApprovalStatus.APPROVED, free.status());
        assertTrue(free.billable());
        assertEquals(1250, ExpenseRules.toBasisPoints(free.markupPercent()));
        Expense gated = ExpenseRules.validate(in, eur(BudgetType.TIME_AND_MATERIALS, true), Set.of(), null);
        assertEquals(ApprovalStatus.PENDING, gated.status());
        // edited while approval is required: back to pending
        assertEquals(ApprovalStatus.PENDING,
                ExpenseRules.validate(in, eur(BudgetType.TIME_AND_MATERIALS, true), Set.of(), free).status());
    }
}
