package io.github.clientbudgets.approval;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.attribution.AttributionService;
import io.github.clientbudgets.audit.AoAuditTrail;
import io.github.clientbudgets.audit.AuditRecord;
import io.github.clientbudgets.audit.AuditTrail;
import io.github.clientbudgets.budget.AoBudgetStore;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.lineitem.AoLineItemStore;
import io.github.clientbudgets.budget.TeamAccessPolicy;
import io.github.clientbudgets.testing.Stores;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.testing.FakePermissions;
import io.github.clientbudgets.testing.Fixtures;
import io.github.clientbudgets.timeentry.AoTimeEntryStore;
import io.github.clientbudgets.timeentry.TimeEntry;
import io.github.clientbudgets.timeentry.TimeEntryProjection;
import io.github.clientbudgets.timeentry.TimeEntryQueries;
import io.github.clientbudgets.timeentry.WorklogState;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The approval service on the test's database through the real stores, for the ApprovalService*Test classes:
 * ACME (10) with the approval budget Website (Design default, Build), GLOBEX (20) with Retainer (no approval).
 * pm and admin administer both projects, dev browses both, dev2 browses ACME, client browses nothing. Every question
 * put to Jira is noted in {@link #questions}.
 */
final class ApprovalWorld {
    static final long ACME = 10;
    static final long GLOBEX = 20;

    final AoTimeEntryStore entries;
    final AoBudgetStore budgets;
    final Stores stores;
    final AuditTrail audit;
    final FakePermissions jira;
    final List<String> questions = Collections.synchronizedList(new ArrayList<>());
    final List<String> notices = new ArrayList<>();
    final DefaultApprovalService approvals;
    final TimeEntryProjection projection;
    final Fixtures fixtures;
    final Budget website;
    final LineItem design;
    final LineItem build;
    final Budget retainer;
    final LineItem support;

    ApprovalWorld(ActiveObjects ao) {
        this(ao, new AoBudgetStore(ao), new AoAuditTrail(ao));
    }

    ApprovalWorld(ActiveObjects ao, AoBudgetStore budgets, AuditTrail audit) {
        this(ao, budgets, new AoLineItemStore(ao, budgets), audit);
    }

    ApprovalWorld(ActiveObjects ao, AoBudgetStore budgets, AoLineItemStore lineItems, AuditTrail audit) {
        stores = Stores.on(ao, budgets, lineItems);
        entries = stores.time;
        this.budgets = budgets;
        this.audit = audit;
        jira = new FakePermissions().project(ACME, "ACME").project(GLOBEX, "GLOBEX")
                .issue(100, "ACME-1", ACME, null).issue(200, "GLOBEX-1", GLOBEX, null)
                .user("pm").user("dev").user("dev2").user("admin").user("client")
                .admin("pm", ACME).admin("pm", GLOBEX).browser("dev", ACME).browser("dev", GLOBEX)
                .browser("dev2", ACME).admin("admin", ACME).admin("admin", GLOBEX);
        Permissions asked = (Permissions) Proxy.newProxyInstance(Permissions.class.getClassLoader(),
                new Class<?>[] {Permissions.class}, (proxy, method, args) -> {
                    questions.add(method.getName());
                    try {
                        return method.invoke(jira, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        approvals = new DefaultApprovalService(entries, new TimeEntryQueries(ao, entries), budgets, stores.lineItems,
                new AoPeriodLockStore(ao), asked, new TeamAccessPolicy(asked), audit,
                (entry, issueKey, reviewer, reason) -> notices.add(entry.authorKey() + "|" + issueKey + "|" + reason));
        projection = new TimeEntryProjection(entries, stores.budgetsAndAssignments,
                new AttributionService(stores.budgetsAndAssignments));
        fixtures = new Fixtures(stores);
        website = fixtures.budget(ACME, "Website", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01",
                "2026-12-31", "50000", true);
        design = fixtures.service(website, "Design", Billing.HOURLY, "95.00", true);
        build = fixtures.service(website, "Build", Billing.HOURLY, "85.00", false);
        retainer = fixtures.budget(GLOBEX, "Retainer", BudgetType.RETAINER, "USD", "2026-09-01", null, "3000", false);
        support = fixtures.service(retainer, "Support", Billing.HOURLY, "100.00", true);
    }

    /** A worklog of {@code author} on ACME-1 as the listener hands it over. */
    TimeEntry log(long worklogId, String author, String day, long seconds) {
        projection.worklogPresent(worklog(worklogId, 100, ACME, author, day, seconds));
        return entries.byWorklog(worklogId).orElseThrow();
    }

    TimeEntry log(long worklogId, String day, long seconds) {
        return log(worklogId, "dev", day, seconds);
    }

    TimeEntry get(TimeEntry e) {
        return entries.byId(e.id()).orElseThrow();
    }

    List<AuditRecord> history(TimeEntry e) {
        return audit.forObject(DefaultApprovalService.AUDIT_TYPE, e.id());
    }

    Budget withOwner(Budget b, String owner) {
        budgets.updateBudget(new Budget(b.id(), b.projectId(), b.name(), b.type(), b.currency(), b.startDate(),
                b.endDate(), b.totalAmount(), b.totalSeconds(), owner, b.status(), b.approvalRequired(), b.clientAccess(),
                b.showPersonNames(), b.showComments(), b.alertWarnPercent(), b.alertCriticalPercent()));
        return budgets.budget(b.id()).orElseThrow();
    }

    static WorklogState worklog(long id, long issue, long project, String author, String day, long seconds) {
        return new WorklogState(id, issue, null, project, author, Instant.parse(day + "T09:00:00Z"),
                LocalDate.parse(day), seconds, "internal: " + seconds);
    }
}
