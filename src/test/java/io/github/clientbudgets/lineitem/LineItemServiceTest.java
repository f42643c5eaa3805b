package io.github.clientbudgets.lineitem;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetInput;
import io.github.clientbudgets.budget.DefaultBudgetService;
import io.github.clientbudgets.common.ConflictException;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.service.ServiceEntity;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.TeamWorld;
import net.java.ao.Query;

import java.util.List;

import static io.github.clientbudgets.testing.TeamWorld.input;
import static io.github.clientbudgets.testing.TeamWorld.serviceInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The line-item service on a real database: a budget has exactly one default line item (the first one becomes it, a
 * new default replaces the old, the default can be neither unset nor deleted), and a line item's billing must fit the
 * budget's type.
 */
class LineItemServiceTest {
    private ActiveObjects ao;
    private DefaultBudgetService service;
    private LineItemService lineItems;

    private void setUp(ActiveObjects activeObjects) {
        ao = activeObjects;
        TeamWorld world = new TeamWorld(ao);
        service = world.services.budgets;
        lineItems = world.services.lineItems;
    }

    private int rows(Class<? extends net.java.ao.RawEntity<Integer>> type) {
        return ao.count(type, Query.select());
    }

    @AoTest
    void aBudgetHasExactlyOneDefaultService(ActiveObjects activeObjects) {
        setUp(activeObjects);
        Budget b = service.create("pm", input("Website"));
        LineItem first = lineItems.create("pm", b.id(), serviceInput("Design", "HOURLY", "95.50"));
        assertTrue(first.isDefault());
        LineItemInput second = serviceInput("Dev", "HOURLY", "120");
        second.isDefault = true;
        LineItem dev = lineItems.create("pm", b.id(), second);
        List<LineItem> services = lineItems.lineItems("dev", b.id());
        assertEquals(1, services.stream().filter(LineItem::isDefault).count());
        assertEquals(dev.id(), services.stream().filter(LineItem::isDefault).findFirst().orElseThrow().id());

        LineItemInput unset = serviceInput("Dev", "HOURLY", "120");
        unset.isDefault = false;
        unset.version = dev.version();
        ValidationException e = assertThrows(ValidationException.class,
                () -> lineItems.update("pm", dev.id(), unset));
        assertTrue(e.errors().containsKey("isDefault"));
        assertThrows(ConflictException.class, () -> lineItems.delete("pm", dev.id()));
        lineItems.delete("pm", first.id());
        assertEquals(1, rows(ServiceEntity.class));
    }

    @AoTest
    void serviceBillingMustFitTheBudgetType(ActiveObjects activeObjects) {
        setUp(activeObjects);
        BudgetInput in = input("Internal");
        in.type = "NON_BILLABLE";
        in.totalAmount = null;
        in.totalHours = "100";
        Budget b = service.create("pm", in);
        ValidationException e = assertThrows(ValidationException.class,
                () -> lineItems.create("pm", b.id(), serviceInput("Dev", "HOURLY", "100")));
        assertTrue(e.errors().containsKey("billing"));
        LineItem ok = lineItems.create("pm", b.id(), serviceInput("Dev", "NON_BILLABLE", null));
        assertEquals(Billing.NON_BILLABLE, ok.billing());
        assertEquals(1, rows(ServiceEntity.class));
    }
}
