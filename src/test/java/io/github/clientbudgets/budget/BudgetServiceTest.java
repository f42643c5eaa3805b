package io.github.clientbudgets.budget;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.audit.AoAuditTrail;
import io.github.clientbudgets.audit.AuditEntity;
import io.github.clientbudgets.audit.AuditRecord;
import io.github.clientbudgets.common.ConflictException;
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
import net.java.ao.Query;

import java.math.BigDecimal;
import java.util.List;

import static io.github.clientbudgets.testing.TeamWorld.input;
import static io.github.clientbudgets.testing.TeamWorld.serviceInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The budget service on a real database: who may create, read and edit a budget, its rules (a type change must still
 * fit the budget's line items), the version a full update is made from, closing, soft delete, the client-access and
 * approval toggles (switching approval on publishes the existing entries) and the audit of all of it. Line items,
 * expenses and issue assignment have their own service tests.
 */
class BudgetServiceTest {
    private ActiveObjects ao;
    private AoBudgetStore store;
    private AoTimeEntryStore time;
    private AoAuditTrail audit;
    private DefaultBudgetService service;
    private LineItemService lineItems;
    private Stores stores;

    private void setUp(ActiveObjects activeObjects) {
        ao = activeObjects;
        TeamWorld world = new TeamWorld(ao);
        stores = world.stores;
        store = stores.budgets;
        time = stores.time;
        audit = world.audit;
        service = world.services.budgets;
        lineItems = world.services.lineItems;
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
    void changingTheTypeMustStillFitTheServices(ActiveObjects activeObjects) {
        setUp(activeObjects);
        Budget b = service.create("pm", input("Website"));
        lineItems.create("pm", b.id(), serviceInput("Dev", "HOURLY", "100"));
        BudgetInput change = input("Website");
        change.type = "FIXED_PRICE";
        ValidationException e = assertThrows(ValidationException.class, () -> service.update("pm", b.id(), change));
        assertTrue(e.errors().containsKey("type"));
    }
}
