package io.github.clientbudgets.attribution;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.budget.AoBudgetStore;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.Fixtures;
import io.github.clientbudgets.testing.Stores;
import io.github.clientbudgets.timeentry.AoTimeEntryStore;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The attribution order (docs/budgets.md): explicit > issue (or parent) > default in project and date range > none. */
class AttributionServiceTest {
    private AoBudgetStore store;
    private Stores stores;
    private AttributionService attribution;
    private Budget first;
    private Budget second;
    private LineItem firstDefault;
    private LineItem firstOther;
    private LineItem secondDefault;
    private LineItem foreign;

    private void setUp(ActiveObjects ao) {
        stores = Stores.on(ao);
        store = stores.budgets;
        Fixtures f = new Fixtures(stores);
        attribution = new AttributionService(stores.budgetsAndAssignments);
        first = f.budget(10, "H1", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-01-01", "2026-06-30", "100", false);
        firstDefault = f.service(first, "General", Billing.HOURLY, "10", true);
        firstOther = f.service(first, "Design", Billing.HOURLY, "20", false);
        second = f.budget(10, "H2", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-07-01", null, "100", false);
        secondDefault = f.service(second, "General", Billing.HOURLY, "10", true);
        Budget elsewhere = f.budget(20, "Other project", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-01-01", null, "1", false);
        foreign = f.service(elsewhere, "Foreign", Billing.HOURLY, "1", true);
        stores.assignments.assignIssue(100, 10, firstOther.id());
    }

    private Optional<Long> attribute(long issue, Long parent, long project, String day, Long explicit) {
        return attribution.attribute(new WorklogFacts(issue, parent, project, LocalDate.parse(day), explicit));
    }

    @AoTest
    void explicitChoiceWinsOverIssueAssignment(ActiveObjects ao) {
        setUp(ao);
        assertEquals(Optional.of(firstDefault.id()), attribute(100, null, 10, "2026-03-01", firstDefault.id()));
    }

    @AoTest
    void explicitServiceOfAnotherProjectIsIgnored(ActiveObjects ao) {
        setUp(ao);
        assertEquals(Optional.of(firstOther.id()), attribute(100, null, 10, "2026-03-01", foreign.id()));
    }

    @AoTest
    void issueAssignmentWinsOverDefault(ActiveObjects ao) {
        setUp(ao);
        assertEquals(Optional.of(firstOther.id()), attribute(100, null, 10, "2026-03-01", null));
    }

    @AoTest
    void subTaskFollowsItsParentsService(ActiveObjects ao) {
        setUp(ao);
        assertEquals(Optional.of(firstOther.id()), attribute(101, 100L, 10, "2026-03-01", null));
    }

    @AoTest
    void subTaskWithItsOwnServiceKeepsIt(ActiveObjects ao) {
        setUp(ao);
        stores.assignments.assignIssue(102, 10, secondDefault.id());
        assertEquals(Optional.of(secondDefault.id()), attribute(102, 100L, 10, "2026-03-01", null));
    }

    @AoTest
    void defaultServiceOfTheBudgetWhoseRangeHoldsTheDay(ActiveObjects ao) {
        setUp(ao);
        assertEquals(Optional.of(firstDefault.id()), attribute(200, null, 10, "2026-06-30", null));
        assertEquals(Optional.of(secondDefault.id()), attribute(200, null, 10, "2026-07-01", null));
    }

    @AoTest
    void outOfEveryDateRangeMeansNoService(ActiveObjects ao) {
        setUp(ao);
        assertEquals(Optional.empty(), attribute(200, null, 10, "2025-12-31", null));
    }

    @AoTest
    void projectWithoutBudgetsMeansNoService(ActiveObjects ao) {
        setUp(ao);
        assertEquals(Optional.empty(), attribute(300, null, 30, "2026-03-01", null));
    }

    @AoTest
    void deletedBudgetNoLongerAttracts(ActiveObjects ao) {
        setUp(ao);
        store.markDeleted(first.id());
        // the issue's service belongs to the deleted budget: fall through to the default, which is out of range
        assertEquals(Optional.empty(), attribute(100, null, 10, "2026-03-01", null));
        assertEquals(Optional.of(secondDefault.id()), attribute(100, null, 10, "2026-08-01", null));
    }

    @AoTest
    void subTaskWhoseParentsServiceIsGoneFallsToTheDefault(ActiveObjects ao) {
        setUp(ao);
        store.markDeleted(first.id());
        // the parent's service belonged to the deleted budget: it no longer counts for the sub-task either
        assertEquals(Optional.of(secondDefault.id()), attribute(101, 100L, 10, "2026-08-01", null));
    }

    @AoTest
    void subTaskWhoseParentsServiceIsOfAnotherProjectFallsToTheDefault(ActiveObjects ao) {
        setUp(ao);
        stores.assignments.assignIssue(500, 10, foreign.id()); // e.g. the parent moved here from the other project
        assertEquals(Optional.of(firstDefault.id()), attribute(501, 500L, 10, "2026-03-01", null));
        assertEquals(Optional.of(firstDefault.id()), attribute(500, null, 10, "2026-03-01", null), "as the parent does");
    }
}
