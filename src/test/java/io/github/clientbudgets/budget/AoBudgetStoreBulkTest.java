package io.github.clientbudgets.budget;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.lineitem.Billing;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.Fixtures;
import io.github.clientbudgets.timeentry.AoTimeEntryStore;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The budget store's bulk look-up on H2 and PostgreSQL: the same answers as one service and budget at a time. */
class AoBudgetStoreBulkTest {

    @AoTest
    void budgetsOfServicesAnswersLikeServiceThenBudget(ActiveObjects ao) {
        AoBudgetStore store = new AoBudgetStore(ao);
        Fixtures f = new Fixtures(store, new AoTimeEntryStore(ao));
        Budget website = f.budget(10, "Website", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "1000", true);
        LineItem design = f.service(website, "Design", Billing.HOURLY, "95.00", true);
        LineItem build = f.service(website, "Build", Billing.HOURLY, "85.00", false);
        Budget gone = f.budget(10, "Old", BudgetType.RETAINER, "USD", "2026-01-01", null, "500", false);
        LineItem ofGone = f.service(gone, "Support", Billing.HOURLY, "100.00", true);
        store.markDeleted(gone.id());

        List<Long> asked = List.of(build.id(), design.id(), ofGone.id(), 999_999L, 0L);
        Map<Long, Optional<Budget>> bulk = store.budgetsOfServices(asked);

        assertEquals(asked.size(), bulk.size(), "an answer for every id asked");
        for (long id : asked) {
            assertEquals(store.service(id).flatMap(s -> store.budget(s.budgetId())), bulk.get(id), "service " + id);
        }
        assertEquals(Optional.of(website), bulk.get(design.id()));
        assertEquals(Optional.empty(), bulk.get(ofGone.id()), "a deleted budget reads as absent");
    }
}
