package io.github.clientbudgets.budget;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.attribution.AttributionService;
import io.github.clientbudgets.audit.AoAuditTrail;
import io.github.clientbudgets.audit.AuditEntity;
import io.github.clientbudgets.audit.AuditRecord;
import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.common.ConflictException;
import io.github.clientbudgets.common.ForbiddenException;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.expense.Expense;
import io.github.clientbudgets.expense.ExpenseInput;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.service.ServiceEntity;
import io.github.clientbudgets.lineitem.LineItemInput;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.FakePermissions;
import io.github.clientbudgets.testing.Fixtures;
import io.github.clientbudgets.testing.Stores;
import io.github.clientbudgets.testing.TeamServices;
import io.github.clientbudgets.attribution.IssueAssignmentService;
import io.github.clientbudgets.expense.ExpenseService;
import io.github.clientbudgets.lineitem.LineItemService;
import io.github.clientbudgets.timeentry.AoTimeEntryStore;
import io.github.clientbudgets.timeentry.TimeEntry;
import net.java.ao.Query;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The budget service on a real database: rights, rules, soft delete, default services, audit, assignment. */
class BudgetServiceTest {
    private ActiveObjects ao;
    private AoBudgetStore store;
    private AoTimeEntryStore time;
    private AoAuditTrail audit;
    private DefaultBudgetService service;
    private LineItemService lineItems;
    private ExpenseService expenses;
    private IssueAssignmentService assignments;
    private Stores stores;

    private void setUp(ActiveObjects activeObjects) {
        ao = activeObjects;
        stores = Stores.on(ao);
        store = stores.budgets;
        time = stores.time;
        audit = new AoAuditTrail(ao);
        FakePermissions permissions = new FakePermissions().project(10, "ACME").project(20, "GLOBEX")
                .admin("pm", 10).browser("dev", 10).browser("owner", 10).admin("admin2", 20)
                .issue(100, "ACME-1", 10, null).issue(101, "ACME-2", 10, 100L);
        TeamServices team = new TeamServices(stores, audit, permissions);
        service = team.budgets;
        lineItems = team.lineItems;
        expenses = team.expenses;
        assignments = team.assignments;
    }

    static BudgetInput input(String name) {
        BudgetInput in = new BudgetInput();
        in.projectKey = "ACME";
        in.name = name;
        in.type = "TIME_AND_MATERIALS";
        in.currency = "EUR";
        in.startDate = "2026-09-01";
        in.endDate = "2026-12-31";
        in.totalAmount = "10000.00";
        in.version = 0; // a fresh budget's version; ignored on create
        return in;
    }

    static LineItemInput serviceInput(String name, String billing, String rate) {
        LineItemInput in = new LineItemInput();
        in.name = name;
        in.billing = billing;
        in.rate = rate;
        return in;
    }

    private int rows(Class<? extends net.java.ao.RawEntity<Integer>> type) {
        return ao.count(type, Query.select());
    }

    @AoTest
    void projectAdminCreatesABudgetAndTheCreationIsAudited(ActiveObjects activeObjects) {
        setUp(activeObjects);
        Budget b = service.create("pm", input("Website relaunch"));
        assertTrue(b.id() > 0);
        assertEquals(new BigDecimal("10000.00"), b.totalAmount());
        assertEquals("pm", b.ownerKey());
        assertEquals(BudgetStatus.OPEN, b.status());
        assertEquals(List.of(b), service.budgetsOfProject("dev", "ACME"));
        List<AuditRecord> records = audit.forBudget(b.id(), 100);
        assertTrue(records.stream().anyMatch(r -> r.action().equals("CREATED") && r.field().equals("name")
                && r.to().equals("Website relaunch") && r.authorKey().equals("pm")));
    }

    @AoTest
    void aRejectedRequestWritesNothing(ActiveObjects activeObjects) {
        setUp(activeObjects);
        BudgetInput bad = input("");
        bad.currency = "EURO";
        bad.endDate = "2026-01-01";
        ValidationException e = assertThrows(ValidationException.class, () -> service.create("pm", bad));
        assertEquals(List.of("name", "currency", "endDate"), List.copyOf(e.errors().keySet()));
        assertEquals(0, rows(BudgetEntity.class));
        assertEquals(0, rows(AuditEntity.class));
    }

    @AoTest
    void teamMemberGets403AndStrangerGets404(ActiveObjects activeObjects) {
        setUp(activeObjects);
        Budget b = service.create("pm", input("Website"));
        assertThrows(ForbiddenException.class, () -> service.update("dev", b.id(), input("Renamed")));
        assertThrows(NotFoundException.class, () -> service.update("stranger", b.id(), input("Renamed")));
        assertThrows(NotFoundException.class, () -> service.budget("admin2", b.id()));
        assertThrows(ForbiddenException.class, () -> service.create("dev", input("Mine")));
        ValidationException e = assertThrows(ValidationException.class, () -> service.create("admin2", input("X")));
        assertTrue(e.errors().containsKey("projectKey"));
        assertEquals("Website", service.budget("dev", b.id()).name());
    }

    @AoTest
    void aFullUpdateNamesTheVersionItWasMadeFromAndAStaleOneChangesNothing(ActiveObjects activeObjects) {
        setUp(activeObjects);
        Budget b = service.create("pm", input("Website"));
        assertEquals(0, b.version());
        BudgetInput first = input("Website (first)");
        Budget updated = service.update("pm", b.id(), first);
        assertEquals(1, updated.version());
        BudgetInput stale = input("Website (stale)"); // still made from version 0
        ConflictException e = assertThrows(ConflictException.class, () -> service.update("pm", b.id(), stale));
        assertEquals("version", e.field());
        assertEquals("Website (first)", service.budget("pm", b.id()).name());

        // a toggle moves the version too: a form made before it must not write its old value back
        assertEquals(2, service.setClientAccess("pm", b.id(), true).version());
        BudgetInput beforeToggle = input("Website");
        beforeToggle.version = 1;
        beforeToggle.clientAccess = false;
        assertThrows(ConflictException.class, () -> service.update("pm", b.id(), beforeToggle));
        assertTrue(service.budget("pm", b.id()).clientAccess());
        assertEquals(2, service.setClientAccess("pm", b.id(), true).version(), "no change, no new version");

        BudgetInput noVersion = input("Website");
        noVersion.version = null;
        assertTrue(assertThrows(ValidationException.class, () -> service.update("pm", b.id(), noVersion))
                .errors().containsKey("version"));
    }

    @AoTest
    void theOwnerMayEditWithoutBeingProjectAdmin(ActiveObjects activeObjects) {
        setUp(activeObjects);
        BudgetInput in = input("Website");
        in.ownerKey = "owner";
        Budget b = service.create("pm", in);
        BudgetInput change = input("Website 2");
        Budget updated = service.update("owner", b.id(), change);
        assertEquals("Website 2", updated.name());
        assertEquals("owner", updated.ownerKey());
        assertTrue(audit.forBudget(b.id(), 100).stream().anyMatch(r -> "name".equals(r.field())
                && "Website".equals(r.from()) && "Website 2".equals(r.to()) && "owner".equals(r.authorKey())));
    }

    @AoTest
    void closingIsAStatusChange(ActiveObjects activeObjects) {
        setUp(activeObjects);
        Budget b = service.create("pm", input("Website"));
        BudgetInput close = input("Website");
        close.status = "CLOSED";
        assertEquals(BudgetStatus.CLOSED, service.update("pm", b.id(), close).status());
    }

    @AoTest
    void deletingABudgetWithTimeNeedsConfirmationAndIsSoft(ActiveObjects activeObjects) {
        setUp(activeObjects);
        Budget b = service.create("pm", input("Website"));
        LineItem s = lineItems.create("pm", b.id(), serviceInput("Dev", "HOURLY", "100"));
        new Fixtures(ao, store, time).approved(10, 100, s.id(), "2026-10-01", 3600, true);
        ConflictException e = assertThrows(ConflictException.class, () -> service.delete("pm", b.id(), false));
        assertEquals("confirm", e.field());
        assertEquals(1, service.budgetsOfProject("pm", "ACME").size());

        service.delete("pm", b.id(), true);
        assertEquals(0, service.budgetsOfProject("pm", "ACME").size());
        assertThrows(NotFoundException.class, () -> service.budget("pm", b.id()));
        assertEquals(1, rows(BudgetEntity.class)); // soft: the row stays
        assertTrue(audit.forBudget(b.id(), 100).stream().anyMatch(r -> r.action().equals("DELETED")));
    }

    @AoTest
    void deletingABudgetWithoutTimeNeedsNoConfirmation(ActiveObjects activeObjects) {
        setUp(activeObjects);
        Budget b = service.create("pm", input("Website"));
        service.delete("pm", b.id(), false);
        assertThrows(NotFoundException.class, () -> service.budget("pm", b.id()));
    }

    @AoTest
    void togglesAreStoredAndAudited(ActiveObjects activeObjects) {
        setUp(activeObjects);
        Budget b = service.create("pm", input("Website"));
        assertTrue(service.setClientAccess("pm", b.id(), true).clientAccess());
        assertTrue(service.setApprovalRequired("pm", b.id(), true).approvalRequired());
        Budget read = service.budget("dev", b.id());
        assertTrue(read.clientAccess());
        assertTrue(read.approvalRequired());
        List<AuditRecord> records = audit.forBudget(b.id(), 100);
        assertTrue(records.stream().anyMatch(r -> "clientAccess".equals(r.field()) && "true".equals(r.to())));
        assertTrue(records.stream().anyMatch(r -> "approvalRequired".equals(r.field()) && "false".equals(r.from())));
        assertThrows(ForbiddenException.class, () -> service.setClientAccess("dev", b.id(), false));
    }

    @AoTest
    void switchingApprovalOnLeavesExistingEntriesApproved(ActiveObjects activeObjects) {
        setUp(activeObjects);
        Budget b = service.create("pm", input("Website"));
        LineItem dev = lineItems.create("pm", b.id(), serviceInput("Dev", "HOURLY", "100"));
        Fixtures f = new Fixtures(stores);
        f.entry(10, 100, dev.id(), "2026-10-01", 3600, true, ApprovalStatus.APPROVED);
        f.entry(10, 100, dev.id(), "2026-10-02", 1800, true, ApprovalStatus.APPROVED);
        f.entry(10, 100, dev.id(), "2026-10-03", 900, true, ApprovalStatus.REJECTED);
        io.github.clientbudgets.summary.SummaryService summaries = new io.github.clientbudgets.summary.SummaryService(
                service, stores.lineItems, new io.github.clientbudgets.summary.AoSummaryQueries(ao), java.time.Clock.systemUTC());
        assertEquals(new BigDecimal("175.00"), summaries.summary("pm", b.id()).usedAmount()); // live: 1.75 h

        service.setApprovalRequired("pm", b.id(), true);

        var after = summaries.summary("pm", b.id());
        assertEquals(new BigDecimal("150.00"), after.usedAmount()); // 1.5 h stay approved; the rejected one does not
        assertEquals(5400, after.usedSeconds());
        assertEquals(0, after.pendingSeconds());
        assertTrue(time.ofIssueOrSubtasks(100).stream().filter(t -> t.status() == ApprovalStatus.APPROVED)
                .allMatch(t -> t.approved().seconds() == t.seconds() && t.approved().serviceId() == dev.id()));
        assertTrue(audit.forBudget(b.id(), 100).stream().anyMatch(r -> "publishedEntries".equals(r.field())
                && "2".equals(r.to())));
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

    @AoTest
    void changingTheTypeMustStillFitTheServices(ActiveObjects activeObjects) {
        setUp(activeObjects);
        Budget b = service.create("pm", input("Website"));
        lineItems.create("pm", b.id(), serviceInput("Dev", "HOURLY", "100"));
        BudgetInput change = input("Website");
        change.type = "FIXED_PRICE";
        ValidationException e = assertThrows(ValidationException.class, () -> service.update("pm", b.id(), change));
        assertTrue(e.errors().containsKey("type"));
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
