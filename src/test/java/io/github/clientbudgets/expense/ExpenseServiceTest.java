package io.github.clientbudgets.expense;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.DefaultBudgetService;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.TeamWorld;

import java.math.BigDecimal;

import static io.github.clientbudgets.testing.TeamWorld.input;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The expense service on a real database: a new expense is approved while its budget needs no approval and pending
 * once it does; deleting an expense; an update with an invalid amount changes nothing.
 */
class ExpenseServiceTest {
    private DefaultBudgetService service;
    private ExpenseService expenses;

    private void setUp(ActiveObjects activeObjects) {
        TeamWorld world = new TeamWorld(activeObjects);
        service = world.services.budgets;
        expenses = world.services.expenses;
    }

    @AoTest
    void expensesFollowTheApprovalRule(ActiveObjects activeObjects) {
        setUp(activeObjects);
        Budget b = service.create("pm", input("Website"));
        ExpenseInput x = new ExpenseInput();
        x.date = "2026-10-01";
        x.description = "Fonts";
        x.amount = "49.90";
        x.markupPercent = "10";
        Expense free = expenses.create("pm", b.id(), x);
        assertEquals(ApprovalStatus.APPROVED, free.status());
        assertEquals(new BigDecimal("49.90"), free.amount());
        service.setApprovalRequired("pm", b.id(), true);
        Expense gated = expenses.create("pm", b.id(), x);
        assertEquals(ApprovalStatus.PENDING, gated.status());
        assertEquals(2, expenses.expenses("dev", b.id()).size());
        expenses.delete("pm", gated.id());
        assertEquals(1, expenses.expenses("dev", b.id()).size());
        x.amount = "1.999";
        x.version = free.version();
        assertThrows(ValidationException.class, () -> expenses.update("pm", free.id(), x));
        assertEquals(new BigDecimal("49.90"), expenses.expenses("dev", b.id()).get(0).amount());
    }
}
