package io.github.clientbudgets.budget;

import io.github.clientbudgets.audit.AuditAction;
import io.github.clientbudgets.audit.AuditRecord;
import io.github.clientbudgets.audit.AuditSubject;
import io.github.clientbudgets.audit.AuditTrail;
import io.github.clientbudgets.audit.FieldChange;
import io.github.clientbudgets.audit.FieldChanges;
import io.github.clientbudgets.common.ConflictException;
import io.github.clientbudgets.common.Errors;
import io.github.clientbudgets.common.ForbiddenException;
import io.github.clientbudgets.common.InputPolicy;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.permission.ProjectRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link BudgetService}: checks rights, validates, writes in one transaction, audits. */
public class DefaultBudgetService implements BudgetService {
    private final BudgetStore store;
    private final LineItemsOfBudget lineItems;
    private final RecordedTime time;
    private final AuditTrail audit;
    private final Permissions permissions;
    private final TeamAccessPolicy policy;

    public DefaultBudgetService(BudgetStore store, LineItemsOfBudget lineItems, RecordedTime time, AuditTrail audit,
                                Permissions permissions, TeamAccessPolicy policy) {
        this.store = store;
        this.lineItems = lineItems;
        this.time = time;
        this.audit = audit;
        this.permissions = permissions;
        this.policy = policy;
    }

    // ----- access

    private Budget readable(String caller, long budgetId) {
        Budget budget = store.budget(budgetId).orElseThrow(NotFoundException::new);
        if (!policy.maySee(caller, budget)) {
            throw new NotFoundException();
        }
        return budget;
    }

    @Override
    public Budget managedBudget(String caller, long budgetId) {
        Budget budget = readable(caller, budgetId);
        if (!policy.mayManage(caller, budget)) {
            throw new ForbiddenException("client-budgets.error.forbidden.change");
        }
        return budget;
    }

    @Override
    public boolean canManage(String caller, Budget budget) {
        return policy.mayManage(caller, budget);
    }

    @Override
    public boolean canCreateIn(String caller, long projectId) {
        return policy.mayCreateIn(caller, projectId);
    }

    // ----- budgets

    @Override
    public List<Budget> budgetsOfProject(String caller, String projectKey) {
        if (!InputPolicy.isKey(projectKey)) {
            throw new NotFoundException();
        }
        ProjectRef project = permissions.projectByKey(projectKey)
                .filter(p -> permissions.canBrowse(caller, p.id()))
                .orElseThrow(NotFoundException::new);
        return store.budgetsOfProject(project.id());
    }

    @Override
    public Budget budget(String caller, long budgetId) {
        return readable(caller, budgetId);
    }

    /**
     * Jira has no "team": a team member of a project is a Jira user who may browse it (the product: a licensed user who
     * logs work there). A portal-only customer never can, so he never owns a budget.
     */
    private boolean teamMember(String userKey, long projectId) {
        return permissions.userExists(userKey) && permissions.canBrowse(userKey, projectId);
    }

    @Override
    public Budget create(String caller, BudgetInput input) {
        Errors keyErrors = new Errors();
        InputPolicy.key(input.projectKey, "projectKey", keyErrors);
        keyErrors.throwIfAny();
        // unknown and invisible projects get the same answer: existence is never revealed
        Optional<ProjectRef> project = permissions.projectByKey(input.projectKey)
                .filter(p -> permissions.canBrowse(caller, p.id()));
        if (project.isEmpty()) {
            throw ValidationException.of("projectKey", "client-budgets.error.project");
        }
        if (!policy.mayCreateIn(caller, project.get().id())) {
            throw new ForbiddenException("client-budgets.error.forbidden.create");
        }
        long projectId = project.get().id();
        Budget valid = BudgetRules.validate(input, projectId, null, List.of(), key -> teamMember(key, projectId), caller);
        return store.inTransaction(() -> {
            Budget created = store.insertBudget(valid);
            audit.record(caller, created.id(), AuditSubject.BUDGET, created.id(), AuditAction.CREATED, diff(null, created));
            return created;
        });
    }

    /**
     * A full update from the version the caller read: the version is claimed first inside the transaction (one
     * conditional UPDATE that also holds the row), then the budget is read again and the input applied to what is
     * stored now, so a concurrent toggle is never written back. A stale version is a 409 and changes nothing, also
     * when the transaction is retried.
     */
    @Override
    public Budget update(String caller, long budgetId, BudgetInput input) {
        managedBudget(caller, budgetId);
        if (input.version == null) {
            throw ValidationException.of("version", "client-budgets.error.version.required");
        }
        return store.inTransaction(() -> {
            if (!store.claimBudgetVersion(budgetId, input.version)) {
                store.budget(budgetId).orElseThrow(NotFoundException::new);
                throw new ConflictException("version", "client-budgets.error.version.stale");
            }
            Budget existing = store.budget(budgetId).orElseThrow(NotFoundException::new);
            Budget valid = BudgetRules.validate(input, existing.projectId(), existing, lineItems.lineItems(budgetId),
                    key -> teamMember(key, existing.projectId()), caller);
            store.updateBudget(valid);
            audit.record(caller, budgetId, AuditSubject.BUDGET, budgetId, AuditAction.UPDATED, diff(existing, valid));
            return store.budget(budgetId).orElseThrow(NotFoundException::new);
        });
    }

    @Override
    public void delete(String caller, long budgetId, boolean confirmed) {
        managedBudget(caller, budgetId);
        List<Long> lineItemIds = lineItems.lineItems(budgetId).stream().map(BillableLine::id).toList();
        if (!confirmed && time.anyTimeOn(lineItemIds)) {
            throw new ConflictException("confirm", "client-budgets.error.budget.hasTime");
        }
        store.inTransaction(() -> {
            store.markDeleted(budgetId);
            audit.record(caller, budgetId, AuditSubject.BUDGET, budgetId, AuditAction.DELETED,
                    List.of(new FieldChange("deleted", "false", "true")));
            return null;
        });
    }

    @Override
    public Budget setClientAccess(String caller, long budgetId, boolean enabled) {
        return toggle(caller, budgetId, BudgetFlag.CLIENT_ACCESS, enabled);
    }

    @Override
    public Budget setShowPersonNames(String caller, long budgetId, boolean shown) {
        return toggle(caller, budgetId, BudgetFlag.SHOW_PERSON_NAMES, shown);
    }

    @Override
    public Budget setShowComments(String caller, long budgetId, boolean shown) {
        return toggle(caller, budgetId, BudgetFlag.SHOW_COMMENTS, shown);
    }

    @Override
    public Budget setShowForecast(String caller, long budgetId, boolean shown) {
        return toggle(caller, budgetId, BudgetFlag.SHOW_FORECAST, shown);
    }

    @Override
    public Budget setApprovalRequired(String caller, long budgetId, boolean required) {
        return toggle(caller, budgetId, BudgetFlag.APPROVAL_REQUIRED, required);
    }

    /**
     * One switch, as one single-column UPDATE that writes only if the value differs: two PMs toggling different
     * switches never undo each other, and only an effective change is audited. Switching approval on publishes
     * what the client saw so far as the approved snapshot, in the same transaction.
     */
    private Budget toggle(String caller, long budgetId, BudgetFlag flag, boolean value) {
        managedBudget(caller, budgetId);
        return store.inTransaction(() -> {
            if (store.setBudgetFlag(budgetId, flag, value)) {
                List<FieldChange> changes = new ArrayList<>();
                changes.add(new FieldChange(flag.field(), String.valueOf(!value), String.valueOf(value)));
                if (flag == BudgetFlag.APPROVAL_REQUIRED && value) {
                    // existing entries stay approved: what the client saw (live data) becomes the published snapshot
                    int published = time.publishLive(budgetId);
                    changes.add(new FieldChange("publishedEntries", null, String.valueOf(published)));
                }
                audit.record(caller, budgetId, AuditSubject.BUDGET, budgetId, AuditAction.UPDATED, changes);
            }
            return store.budget(budgetId).orElseThrow(NotFoundException::new);
        });
    }

    @Override
    public List<AuditRecord> history(String caller, long budgetId, int limit) {
        readable(caller, budgetId);
        return audit.forBudget(budgetId, Math.max(1, Math.min(limit, 500)));
    }

    // ----- audit helpers

    private static List<FieldChange> diff(Budget from, Budget to) {
        FieldChanges changes = new FieldChanges();
        changes.add("name", from == null ? null : from.name(), to == null ? null : to.name());
        changes.add("type", from == null ? null : from.type(), to == null ? null : to.type());
        changes.add("currency", from == null ? null : from.currency(), to == null ? null : to.currency());
        changes.add("startDate", from == null ? null : from.startDate(), to == null ? null : to.startDate());
        changes.add("endDate", from == null ? null : from.endDate(), to == null ? null : to.endDate());
        changes.add("totalAmount", from == null ? null : from.totalAmount(), to == null ? null : to.totalAmount());
        changes.add("totalSeconds", from == null ? null : from.totalSeconds(), to == null ? null : to.totalSeconds());
        changes.add("ownerKey", from == null ? null : from.ownerKey(), to == null ? null : to.ownerKey());
        changes.add("status", from == null ? null : from.status(), to == null ? null : to.status());
        changes.add("approvalRequired", from == null ? null : from.approvalRequired(), to == null ? null : to.approvalRequired());
        changes.add("clientAccess", from == null ? null : from.clientAccess(), to == null ? null : to.clientAccess());
        changes.add("showPersonNames", from == null ? null : from.showPersonNames(), to == null ? null : to.showPersonNames());
        changes.add("showComments", from == null ? null : from.showComments(), to == null ? null : to.showComments());
        changes.add("showForecast", from == null ? null : from.showForecast(), to == null ? null : to.showForecast());
        changes.add("alertWarnPercent", from == null ? null : from.alertWarnPercent(), to == null ? null : to.alertWarnPercent());
        changes.add("alertCriticalPercent", from == null ? null : from.alertCriticalPercent(), to == null ? null : to.alertCriticalPercent());
        return changes.list();
    }
}
