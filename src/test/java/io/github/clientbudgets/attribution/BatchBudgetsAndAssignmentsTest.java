package io.github.clientbudgets.attribution;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.budget.AoBudgetStore;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.lineitem.AoLineItemStore;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.Fixtures;
import io.github.clientbudgets.testing.Stores;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The resync's facts for one batch of issues: its assignments come from one read of the batch, anything else from
 * the store, so attribution on them answers exactly what it answers on the store.
 */
class BatchBudgetsAndAssignmentsTest {
    /** The real store, noting which assignment reads reach it. */
    private static final class CountingStore extends AoAssignmentStore {
        final List<Long> singleReads = new ArrayList<>();
        final List<Set<Long>> batchReads = new ArrayList<>();

        CountingStore(ActiveObjects ao) {
            super(ao);
        }

        @Override
        public Optional<Long> assignedLineItem(long issueId) {
            singleReads.add(issueId);
            return super.assignedLineItem(issueId);
        }

        @Override
        public java.util.Map<Long, Long> assignedLineItems(Collection<Long> issueIds) {
            batchReads.add(Set.copyOf(issueIds));
            return super.assignedLineItems(issueIds);
        }
    }

    private CountingStore assignments;
    private AoBudgetStore budgets;
    private AoLineItemStore lineItems;
    /** The stores as attribution reads them: through the counting assignment store. */
    private StoredBudgetsAndAssignments store;
    private Budget first;
    private LineItem firstDefault;
    private LineItem firstOther;
    private LineItem secondDefault;
    private LineItem foreign;

    private void setUp(ActiveObjects ao) {
        Stores stores = Stores.on(ao);
        budgets = stores.budgets;
        lineItems = stores.lineItems;
        assignments = new CountingStore(ao);
        store = new StoredBudgetsAndAssignments(budgets, lineItems, assignments);
        Fixtures f = new Fixtures(stores);
        first = f.budget(10, "H1", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-01-01", "2026-06-30", "100", false);
        firstDefault = f.service(first, "General", Billing.HOURLY, "10", true);
        firstOther = f.service(first, "Design", Billing.HOURLY, "20", false);
        Budget second = f.budget(10, "H2", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-07-01", null, "100", false);
        secondDefault = f.service(second, "General", Billing.HOURLY, "10", true);
        Budget elsewhere = f.budget(20, "Other project", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-01-01", null, "1", false);
        foreign = f.service(elsewhere, "Foreign", Billing.HOURLY, "1", true);
        assignments.assignIssue(100, 10, firstOther.id());
        assignments.assignIssue(102, 10, secondDefault.id());
        assignments.assignIssue(300, 20, foreign.id());
    }

    @AoTest
    void attributionOnTheBatchAnswersAsOnTheStore(ActiveObjects ao) {
        setUp(ao);
        AttributionService attribution = new AttributionService(store);
        List<WorklogFacts> worklogs = List.of(
                worklog(100, null, 10, "2026-03-01", null),            // the issue's service
                worklog(100, null, 10, "2026-03-01", firstDefault.id()), // explicit wins
                worklog(100, null, 10, "2026-03-01", foreign.id()),   // explicit of another project: ignored
                worklog(101, 100L, 10, "2026-03-01", null),           // a sub-task follows its parent
                worklog(102, 100L, 10, "2026-03-01", null),           // unless it has its own
                worklog(200, null, 10, "2026-06-30", null),           // default of the budget holding the day
                worklog(200, null, 10, "2026-07-01", null),
                worklog(200, null, 10, "2025-12-31", null),           // no budget holds the day
                worklog(300, null, 20, "2026-03-01", null),           // another project's own assignment
                worklog(400, null, 30, "2026-03-01", null));          // a project without budgets
        List<Optional<Long>> expected = List.of(Optional.of(firstOther.id()), Optional.of(firstDefault.id()),
                Optional.of(firstOther.id()), Optional.of(firstOther.id()), Optional.of(secondDefault.id()),
                Optional.of(firstDefault.id()), Optional.of(secondDefault.id()), Optional.empty(),
                Optional.of(foreign.id()), Optional.empty());

        BudgetsAndAssignments batch = BatchBudgetsAndAssignments.read(store, Set.of(100L, 101L, 102L, 200L, 300L, 400L));

        assertEquals(expected, worklogs.stream().map(attribution::attribute).toList(), "on the store");
        assertEquals(expected, worklogs.stream().map(w -> attribution.attribute(w, batch)).toList(), "on the batch");
    }

    @AoTest
    void theBatchsAssignmentsAreReadOnceAndOthersAskedOfTheStore(ActiveObjects ao) {
        setUp(ao);
        BudgetsAndAssignments batch = BatchBudgetsAndAssignments.read(store, List.of(100L, 101L, 100L));
        assignments.singleReads.clear();

        assertEquals(Optional.of(firstOther.id()), batch.assignedLineItem(100));
        assertEquals(Optional.empty(), batch.assignedLineItem(101), "read with the batch: has no service");
        assertEquals(List.of(), assignments.singleReads, "issues of the batch are answered from its one read");
        assertEquals(List.of(Set.of(100L, 101L)), assignments.batchReads);

        assertEquals(Optional.of(secondDefault.id()), batch.assignedLineItem(102), "outside the batch: the store's answer");
        assertEquals(Optional.empty(), batch.assignedLineItem(999));
        assertEquals(List.of(102L, 999L), assignments.singleReads);
    }

    @AoTest
    void budgetsAndLineItemsAreTheStoresOwn(ActiveObjects ao) {
        setUp(ao);
        BudgetsAndAssignments batch = BatchBudgetsAndAssignments.read(store, List.of());

        assertEquals(store.lineItem(firstOther.id()), batch.lineItem(firstOther.id()));
        assertEquals(Optional.of(firstOther.id()), batch.lineItem(firstOther.id()).map(LineItem::id));
        assertEquals(Optional.empty(), batch.lineItem(424242));
        assertEquals(store.budget(first.id()), batch.budget(first.id()));
        assertEquals(Optional.of(first.id()), batch.budget(first.id()).map(Budget::id));
        assertEquals(Optional.empty(), batch.budget(424242));
        assertEquals(store.budgetsOfProject(10), batch.budgetsOfProject(10));
        assertEquals(2, batch.budgetsOfProject(10).size());
        assertEquals(List.of(), batch.budgetsOfProject(30));
        assertEquals(store.lineItems(first.id()), batch.lineItems(first.id()));
        assertEquals(Set.of(firstDefault.id(), firstOther.id()),
                Set.copyOf(batch.lineItems(first.id()).stream().map(LineItem::id).toList()));

        budgets.markDeleted(first.id());
        assertEquals(Optional.empty(), batch.budget(first.id()), "as fresh as the store: a deleted budget is gone");
    }

    private static WorklogFacts worklog(long issue, Long parent, long project, String day, Long explicit) {
        return new WorklogFacts(issue, parent, project, LocalDate.parse(day), explicit);
    }
}
