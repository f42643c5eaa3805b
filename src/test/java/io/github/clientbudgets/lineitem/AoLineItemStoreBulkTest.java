package io.github.clientbudgets.lineitem;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.budget.AoBudgetStore;
import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.Fixtures;
import io.github.clientbudgets.testing.Stores;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The line-item store's bulk look-up on H2 and PostgreSQL: the same answers as one line item and budget at a time. */
class AoLineItemStoreBulkTest {

    @AoTest
    void budgetsOfLineItemsAnswersLikeLineItemThenBudget(ActiveObjects ao) {
        Stores stores = Stores.on(ao);
        AoBudgetStore store = stores.budgets;
        AoLineItemStore lineItems = stores.lineItems;
        Fixtures f = new Fixtures(stores);
        Budget website = f.budget(10, "Website", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "1000", true);
        LineItem design = f.service(website, "Design", Billing.HOURLY, "95.00", true);
        LineItem build = f.service(website, "Build", Billing.HOURLY, "85.00", false);
        Budget gone = f.budget(10, "Old", BudgetType.RETAINER, "USD", "2026-01-01", null, "500", false);
        LineItem ofGone = f.service(gone, "Support", Billing.HOURLY, "100.00", true);
        store.markDeleted(gone.id());

        List<Long> asked = List.of(build.id(), design.id(), ofGone.id(), 999_999L, 0L);
        Map<Long, Optional<Budget>> bulk = lineItems.budgetsOfLineItems(asked);

        assertEquals(asked.size(), bulk.size(), "an answer for every id asked");
        for (long id : asked) {
            assertEquals(lineItems.lineItem(id).flatMap(s -> store.budget(s.budgetId())), bulk.get(id), "line item " + id);
        }
        assertEquals(Optional.of(website), bulk.get(design.id()));
        assertEquals(Optional.empty(), bulk.get(ofGone.id()), "a deleted budget reads as absent");
    }
}
