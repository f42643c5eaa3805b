package io.github.clientbudgets.attribution;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.DefaultBudgetService;
import io.github.clientbudgets.common.ForbiddenException;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.lineitem.LineItemService;
import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.Fixtures;
import io.github.clientbudgets.testing.Stores;
import io.github.clientbudgets.testing.TeamWorld;
import io.github.clientbudgets.timeentry.AoTimeEntryStore;
import io.github.clientbudgets.timeentry.TimeEntry;

import static io.github.clientbudgets.testing.TeamWorld.input;
import static io.github.clientbudgets.testing.TeamWorld.serviceInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The issue-assignment service on a real database: assigning an issue to a line item moves the live time of the
 * issue and its subtasks there, unassigning it moves that time back to the budget's default; only a project admin may
 * assign, a stranger to the project does not see the issue, and the line item must exist.
 */
class IssueAssignmentServiceTest {
    private AoTimeEntryStore time;
    private DefaultBudgetService service;
    private LineItemService lineItems;
    private IssueAssignmentService assignments;
    private Stores stores;

    private void setUp(ActiveObjects activeObjects) {
        TeamWorld world = new TeamWorld(activeObjects);
        stores = world.stores;
        time = stores.time;
        service = world.services.budgets;
        lineItems = world.services.lineItems;
        assignments = world.services.assignments;
    }

    @AoTest
    void assigningAnIssueReattributesItsAndItsSubtasksLiveTime(ActiveObjects activeObjects) {
        setUp(activeObjects);
        Budget b = service.create("pm", input("Website"));
        LineItem general = lineItems.create("pm", b.id(), serviceInput("General", "HOURLY", "10"));
        LineItem design = lineItems.create("pm", b.id(), serviceInput("Design", "HOURLY", "20"));
        Fixtures f = new Fixtures(stores);
        f.entry(10, 100, general.id(), "2026-10-01", 3600, true, ApprovalStatus.PENDING);
        TimeEntry sub = time.insert(TimeEntry.of(new io.github.clientbudgets.timeentry.WorklogState(999_999, 101, 100L,
                10, "dev", java.time.Instant.parse("2026-10-02T09:00:00Z"), java.time.LocalDate.parse("2026-10-02"),
                1800, null), general.id(), ApprovalStatus.PENDING));

        assertEquals(design.id(), assignments.assignIssue("pm", "ACME-1", design.id()).orElseThrow().id());
        assertTrue(time.ofIssueOrSubtasks(100).stream().allMatch(t -> t.serviceId() == design.id()));
        assertEquals(design.id(), assignments.assignedLineItem("dev", "ACME-1").orElseThrow().id());

        assignments.assignIssue("pm", "ACME-1", null);
        assertFalse(assignments.assignedLineItem("dev", "ACME-1").isPresent());
        assertTrue(time.ofIssueOrSubtasks(100).stream().allMatch(t -> t.serviceId() == general.id()));
        assertEquals(sub.worklogId(), time.ofIssueOrSubtasks(100).stream().filter(t -> t.issueId() == 101)
                .findFirst().orElseThrow().worklogId());
        assertThrows(ForbiddenException.class, () -> assignments.assignIssue("dev", "ACME-1", design.id()));
        assertThrows(NotFoundException.class, () -> assignments.assignIssue("admin2", "ACME-1", design.id()));
        assertThrows(ValidationException.class, () -> assignments.assignIssue("pm", "ACME-1", 99_999L));
    }
}
