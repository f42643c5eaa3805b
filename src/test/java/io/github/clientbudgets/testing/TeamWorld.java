package io.github.clientbudgets.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.audit.AoAuditTrail;
import io.github.clientbudgets.budget.BudgetInput;
import io.github.clientbudgets.lineitem.LineItemInput;

/**
 * The team's services on the test's database through the real stores and audit trail, for the budget, line-item,
 * expense and issue-assignment service tests. Jira holds ACME (10) with the issue ACME-1 (100) and its subtask
 * ACME-2 (101), and GLOBEX (20); pm administers ACME, dev and owner browse it, admin2 administers GLOBEX only.
 */
public final class TeamWorld {
    public final Stores stores;
    public final AoAuditTrail audit;
    public final TeamServices services;

    public TeamWorld(ActiveObjects ao) {
        stores = Stores.on(ao);
        audit = new AoAuditTrail(ao);
        FakePermissions permissions = new FakePermissions().project(10, "ACME").project(20, "GLOBEX")
                .admin("pm", 10).browser("dev", 10).browser("owner", 10).admin("admin2", 20)
                .issue(100, "ACME-1", 10, null).issue(101, "ACME-2", 10, 100L);
        services = new TeamServices(stores, audit, permissions);
    }

    /** A valid form for a new time-and-materials budget on ACME: 10000.00 EUR from 2026-09-01 to 2026-12-31. */
    public static BudgetInput input(String name) {
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

    /** A form for a line item with the given billing ({@code HOURLY}, {@code FIXED}, ...) and rate (may be null). */
    public static LineItemInput serviceInput(String name, String billing, String rate) {
        LineItemInput in = new LineItemInput();
        in.name = name;
        in.billing = billing;
        in.rate = rate;
        return in;
    }
}
