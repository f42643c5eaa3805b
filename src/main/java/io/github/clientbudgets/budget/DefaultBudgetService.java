package io.github.clientbudgets.budget;

import io.github.clientbudgets.attribution.AttributionService;
import io.github.clientbudgets.attribution.WorklogFacts;
import io.github.clientbudgets.audit.AuditRecord;
import io.github.clientbudgets.audit.AuditTrail;
import io.github.clientbudgets.audit.FieldChange;
import io.github.clientbudgets.common.ConflictException;
import io.github.clientbudgets.common.ForbiddenException;
import io.github.clientbudgets.common.InputPolicy;
import io.github.clientbudgets.common.Errors;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.approval.PeriodLockStore;
import io.github.clientbudgets.expense.Expense;
import io.github.clientbudgets.expense.ExpenseInput;
import io.github.clientbudgets.expense.ExpenseRules;
import io.github.clientbudgets.permission.IssueRef;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.permission.ProjectRef;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.lineitem.LineItemInput;
import io.github.clientbudgets.lineitem.LineItemRules;
import io.github.clientbudgets.timeentry.TimeEntry;
import io.github.clientbudgets.timeentry.TimeEntryStore;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link BudgetService}: checks rights, validates, writes in one transaction, audits. */
public class DefaultBudgetService implements BudgetService {
    static final String BUDGET = "BUDGET";
    static final String SERVICE = "SERVICE";
    static final String EXPENSE = "EXPENSE";
    static final String ISSUE = "ISSUE";

    private final BudgetStore store;
    private final TimeEntryStore timeEntries;
    private final AuditTrail audit;
    private final Permissions permissions;
    private final AttributionService attribution;

    private final PeriodLockStore locks;

    public DefaultBudgetService(BudgetStore store, TimeEntryStore timeEntries, AuditTrail audit,
                                Permissions permissions, AttributionService attribution, PeriodLockStore locks) {
        this.locks = locks;
        this.store = store;
        this.timeEntries = timeEntries;
        this.audit = audit;
        this.permissions = permissions;
        this.attribution = attribution;
    }

    // ----- access

    private Budget readable(String caller, long budgetId) {
        Budget budget = store.budget(budgetId).orElseThrow(NotFoundException::new);
        if (!permissions.canBrowse(caller, budget.projectId())) {
            throw new NotFoundException();
        }
        return budget;
    }

    private Budget writable(String caller, long budgetId) {
        Budget budget = readable(caller, budgetId);
        if (!canManage(caller, budget)) {
            throw new ForbiddenException("client-budgets.error.forbidden.change");
        }
        return budget;
    }

    @Override
    public boolean canManage(String caller, Budget budget) {
        return caller != null && (caller.equals(budget.ownerKey())
                || permissions.canAdminister(caller, budget.projectId()));
    }

    @Override
    public boolean canCreateIn(String caller, long projectId) {
        return permissions.canAdminister(caller, projectId);
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
     * Jira has no "team": a team member of a project is a Jira user who may browse it (PRODUCT.md: a licensed user who
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
        if (!permissions.canAdminister(caller, project.get().id())) {
            throw new ForbiddenException("client-budgets.error.forbidden.create");
        }
        long projectId = project.get().id();
        Budget valid = BudgetRules.validate(input, projectId, null, List.of(), key -> teamMember(key, projectId), caller);
        return store.inTransaction(() -> {
            Budget created = store.insertBudget(valid);
            audit.record(caller, created.id(), BUDGET, created.id(), "CREATED", diff(null, created));
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
        writable(caller, budgetId);
        if (input.version == null) {
            throw ValidationException.of("version", "client-budgets.error.version.required");
        }
        return store.inTransaction(() -> {
            if (!store.claimBudgetVersion(budgetId, input.version)) {
                store.budget(budgetId).orElseThrow(NotFoundException::new);
                throw new ConflictException("version", "client-budgets.error.version.stale");
            }
            Budget existing = store.budget(budgetId).orElseThrow(NotFoundException::new);
            Budget valid = BudgetRules.validate(input, existing.projectId(), existing, store.services(budgetId),
                    key -> teamMember(key, existing.projectId()), caller);
            store.updateBudget(valid);
            audit.record(caller, budgetId, BUDGET, budgetId, "UPDATED", diff(existing, valid));
            return store.budget(budgetId).orElseThrow(NotFoundException::new);
        });
    }

    @Override
    public void delete(String caller, long budgetId, boolean confirmed) {
        writable(caller, budgetId);
        List<Long> serviceIds = store.services(budgetId).stream().map(LineItem::id).toList();
        if (!confirmed && timeEntries.anyTimeOn(serviceIds)) {
            throw new ConflictException("confirm", "client-budgets.error.budget.hasTime");
        }
        store.inTransaction(() -> {
            store.markDeleted(budgetId);
            audit.record(caller, budgetId, BUDGET, budgetId, "DELETED", List.of(new FieldChange("deleted", "false", "true")));
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
    public Budget setApprovalRequired(String caller, long budgetId, boolean required) {
        return toggle(caller, budgetId, BudgetFlag.APPROVAL_REQUIRED, required);
    }

    /**
     * One switch, as one single-column UPDATE that writes only if the value differs: two PMs toggling different
     * switches never undo each other, and only an effective change is audited. Switching approval on publishes
     * what the client saw so far as the approved snapshot, in the same transaction.
     */
    private Budget toggle(String caller, long budgetId, BudgetFlag flag, boolean value) {
        writable(caller, budgetId);
        return store.inTransaction(() -> {
            if (store.setBudgetFlag(budgetId, flag, value)) {
                List<FieldChange> changes = new ArrayList<>();
                changes.add(new FieldChange(flag.field(), String.valueOf(!value), String.valueOf(value)));
                if (flag == BudgetFlag.APPROVAL_REQUIRED && value) {
                    // existing entries stay approved: what the client saw (live data) becomes the published snapshot
                    int published = timeEntries.publishLive(budgetId);
                    changes.add(new FieldChange("publishedEntries", null, String.valueOf(published)));
                }
                audit.record(caller, budgetId, BUDGET, budgetId, "UPDATED", changes);
            }
            return store.budget(budgetId).orElseThrow(NotFoundException::new);
        });
    }

    @Override
    public List<AuditRecord> history(String caller, long budgetId, int limit) {
        readable(caller, budgetId);
        return audit.forBudget(budgetId, Math.max(1, Math.min(limit, 500)));
    }

    // ----- services

    @Override
    public List<LineItem> services(String caller, long budgetId) {
        readable(caller, budgetId);
        return store.services(budgetId);
    }

    /*
     * Every service write locks the budget's row first (lockServicesOfBudget) and decides on the services as stored
     * then: of two PMs adding the first service at once, the second sees the first's and adds a non-default one.
     */

    @Override
    public LineItem createService(String caller, long budgetId, LineItemInput input) {
        Budget budget = writable(caller, budgetId);
        return store.inTransaction(() -> {
            List<LineItem> siblings = store.lockServicesOfBudget(budgetId);
            LineItem valid = LineItemRules.validate(input, budget, null, siblings.isEmpty());
            if (valid.isDefault()) {
                clearOtherDefaults(caller, siblings, -1);
            }
            LineItem created = store.insertService(valid);
            audit.record(caller, budgetId, SERVICE, created.id(), "CREATED", diff(null, created));
            return created;
        });
    }

    /**
     * A full update from the version the caller read, as {@link #update}: a stale version is a 409 and changes
     * nothing; the input is applied to the service as stored now.
     */
    @Override
    public LineItem updateService(String caller, long serviceId, LineItemInput input) {
        LineItem cached = store.service(serviceId).orElseThrow(NotFoundException::new);
        Budget budget = writable(caller, cached.budgetId());
        if (input.version == null) {
            throw ValidationException.of("version", "client-budgets.error.version.required");
        }
        return store.inTransaction(() -> {
            List<LineItem> siblings = store.lockServicesOfBudget(budget.id());
            LineItem existing = siblings.stream().filter(s -> s.id() == serviceId).findFirst()
                    .orElseThrow(NotFoundException::new);
            if (!store.claimServiceVersion(serviceId, input.version)) {
                throw new ConflictException("version", "client-budgets.error.version.stale");
            }
            LineItem valid = LineItemRules.validate(input, budget, existing, false);
            if (valid.isDefault() && !existing.isDefault()) {
                clearOtherDefaults(caller, siblings, serviceId);
            }
            store.updateService(valid);
            audit.record(caller, budget.id(), SERVICE, serviceId, "UPDATED", diff(existing, valid));
            return store.service(serviceId).orElseThrow(NotFoundException::new);
        });
    }

    private void clearOtherDefaults(String caller, List<LineItem> services, long keep) {
        for (LineItem other : services) {
            if (other.id() != keep && other.isDefault()) {
                store.setServiceDefault(other.id(), false);
                audit.record(caller, other.budgetId(), SERVICE, other.id(), "UPDATED",
                        List.of(new FieldChange("isDefault", "true", "false")));
            }
        }
    }

    @Override
    public void deleteService(String caller, long serviceId) {
        LineItem cached = store.service(serviceId).orElseThrow(NotFoundException::new);
        writable(caller, cached.budgetId());
        store.inTransaction(() -> {
            List<LineItem> siblings = store.lockServicesOfBudget(cached.budgetId());
            LineItem existing = siblings.stream().filter(s -> s.id() == serviceId).findFirst()
                    .orElseThrow(NotFoundException::new);
            if (existing.isDefault() && siblings.size() > 1) {
                throw new ConflictException("isDefault", "client-budgets.error.default.delete");
            }
            if (timeEntries.anyTimeOn(List.of(serviceId))) {
                throw new ConflictException("serviceId", "client-budgets.error.service.hasTime");
            }
            store.detachExpensesFromService(serviceId);
            store.removeAssignmentsOfService(serviceId);
            store.deleteService(serviceId);
            audit.record(caller, cached.budgetId(), SERVICE, serviceId, "DELETED", diff(existing, null));
            return null;
        });
    }

    // ----- expenses

    @Override
    public List<Expense> expenses(String caller, long budgetId) {
        readable(caller, budgetId);
        return store.expenses(budgetId);
    }

    @Override
    public Expense createExpense(String caller, long budgetId, ExpenseInput input) {
        Budget budget = writable(caller, budgetId);
        Expense valid = ExpenseRules.validate(input, budget, serviceIds(budgetId), null).withAuthor(caller);
        return store.inTransaction(() -> {
            refuseInLockedMonth(budget, valid.date());
            Expense created = store.insertExpense(valid);
            audit.record(caller, budgetId, EXPENSE, created.id(), "CREATED", diff(null, created));
            return created;
        });
    }

    @Override
    public Expense updateExpense(String caller, long expenseId, ExpenseInput input) {
        Expense read = store.expense(expenseId).orElseThrow(NotFoundException::new);
        Budget budget = writable(caller, read.budgetId());
        if (input.version == null) {
            throw ValidationException.of("version", "client-budgets.error.version.required");
        }
        return store.inTransaction(() -> {
            // claimed first (a decision raises the version too), then applied to the expense as stored now
            if (!store.claimExpenseVersion(expenseId, input.version)) {
                store.expense(expenseId).orElseThrow(NotFoundException::new);
                throw new ConflictException("version", "client-budgets.error.version.stale");
            }
            Expense current = store.expense(expenseId).orElseThrow(NotFoundException::new);
            // whoever changes the figures is their author now: they go through approval again, and not by him
            Expense valid = ExpenseRules.validate(input, budget, serviceIds(budget.id()), current).withAuthor(caller);
            refuseInLockedMonth(budget, current.date());
            refuseInLockedMonth(budget, valid.date());
            store.updateExpense(valid);
            audit.record(caller, budget.id(), EXPENSE, expenseId, "UPDATED", diff(current, valid));
            return store.expense(expenseId).orElseThrow(NotFoundException::new);
        });
    }

    @Override
    public void deleteExpense(String caller, long expenseId) {
        Expense existing = store.expense(expenseId).orElseThrow(NotFoundException::new);
        writable(caller, existing.budgetId());
        store.inTransaction(() -> {
            Expense current = store.expense(expenseId).orElseThrow(NotFoundException::new);
            refuseInLockedMonth(store.budget(current.budgetId()).orElseThrow(NotFoundException::new), current.date());
            store.deleteExpense(expenseId);
            audit.record(caller, existing.budgetId(), EXPENSE, expenseId, "DELETED", diff(existing, null));
            return null;
        });
    }

    /** Locked means locked: no expense enters, changes in or leaves a locked month (its approved figures). */
    private void refuseInLockedMonth(Budget budget, java.time.LocalDate date) {
        if (locks.isLocked(budget.id(), java.time.YearMonth.from(date))) {
            throw new ConflictException("date", "client-budgets.error.expense.locked", java.time.YearMonth.from(date).toString());
        }
    }

    private Set<Long> serviceIds(long budgetId) {
        return store.services(budgetId).stream().map(LineItem::id).collect(Collectors.toSet());
    }

    // ----- issue assignment

    private IssueRef visibleIssue(String caller, String issueKey) {
        if (!InputPolicy.isKey(issueKey)) {
            throw new NotFoundException(); // names no issue; never handed to Jira or SQL
        }
        return permissions.issueByKey(issueKey)
                .filter(i -> permissions.canBrowse(caller, i.projectId()))
                .orElseThrow(NotFoundException::new);
    }

    @Override
    public Optional<LineItem> issueService(String caller, String issueKey) {
        IssueRef issue = visibleIssue(caller, issueKey);
        return store.assignedService(issue.id()).flatMap(store::service)
                .filter(s -> store.budget(s.budgetId()).isPresent());
    }

    @Override
    public List<LineItem> assignableServices(String caller, String issueKey) {
        IssueRef issue = visibleIssue(caller, issueKey);
        List<LineItem> services = new ArrayList<>();
        for (Budget budget : store.budgetsOfProject(issue.projectId())) {
            if (budget.status() == BudgetStatus.OPEN) {
                services.addAll(store.services(budget.id()));
            }
        }
        return services;
    }

    @Override
    public Optional<LineItem> assignIssue(String caller, String issueKey, Long serviceId) {
        IssueRef issue = visibleIssue(caller, issueKey);
        Optional<LineItem> target = Optional.empty();
        if (serviceId != null) {
            target = store.service(serviceId)
                    .filter(s -> store.budget(s.budgetId()).filter(b -> b.projectId() == issue.projectId()).isPresent());
            if (target.isEmpty()) {
                throw ValidationException.of("serviceId", "client-budgets.error.issue.service");
            }
        }
        Optional<Long> previous = store.assignedService(issue.id());
        // the right to assign: manage the target budget, or the budget the issue leaves when unassigning
        Long budgetOfRight = target.map(LineItem::budgetId)
                .orElse(previous.flatMap(store::service).map(LineItem::budgetId).orElse(null));
        boolean allowed = budgetOfRight == null ? permissions.canAdminister(caller, issue.projectId())
                : store.budget(budgetOfRight).map(b -> canManage(caller, b)).orElse(false)
                || permissions.canAdminister(caller, issue.projectId());
        if (!allowed) {
            throw new ForbiddenException("client-budgets.error.forbidden.assign");
        }
        if (Objects.equals(previous.orElse(null), serviceId)) {
            return target;
        }
        Optional<LineItem> result = target;
        return store.inTransaction(() -> {
            store.assignIssue(issue.id(), issue.projectId(), serviceId);
            Long auditBudget = budgetOfRight;
            audit.record(caller, auditBudget, ISSUE, issue.id(), "ASSIGNED", List.of(new FieldChange("service",
                    previous.map(String::valueOf).orElse(null), serviceId == null ? null : String.valueOf(serviceId))));
            reattribute(issue.id());
            return result;
        });
    }

    /** Live attribution follows the assignment; approved snapshots stay as they were published. */
    private void reattribute(long issueId) {
        for (TimeEntry entry : timeEntries.ofIssueOrSubtasks(issueId)) {
            LocalDate day = entry.workDay() != null ? entry.workDay()
                    : entry.started().atZone(ZoneOffset.UTC).toLocalDate();
            Long service = attribution.attribute(new WorklogFacts(entry.issueId(), entry.parentIssueId(),
                    entry.projectId(), day, entry.explicitServiceId())).orElse(null);
            if (!Objects.equals(service, entry.serviceId())) {
                timeEntries.setService(entry.id(), service);
            }
        }
    }

    // ----- audit helpers

    private static List<FieldChange> diff(Budget from, Budget to) {
        List<FieldChange> changes = new ArrayList<>();
        add(changes, "name", from == null ? null : from.name(), to == null ? null : to.name());
        add(changes, "type", from == null ? null : from.type(), to == null ? null : to.type());
        add(changes, "currency", from == null ? null : from.currency(), to == null ? null : to.currency());
        add(changes, "startDate", from == null ? null : from.startDate(), to == null ? null : to.startDate());
        add(changes, "endDate", from == null ? null : from.endDate(), to == null ? null : to.endDate());
        add(changes, "totalAmount", from == null ? null : plain(from.totalAmount()), to == null ? null : plain(to.totalAmount()));
        add(changes, "totalSeconds", from == null ? null : from.totalSeconds(), to == null ? null : to.totalSeconds());
        add(changes, "ownerKey", from == null ? null : from.ownerKey(), to == null ? null : to.ownerKey());
        add(changes, "status", from == null ? null : from.status(), to == null ? null : to.status());
        add(changes, "approvalRequired", from == null ? null : from.approvalRequired(), to == null ? null : to.approvalRequired());
        add(changes, "clientAccess", from == null ? null : from.clientAccess(), to == null ? null : to.clientAccess());
        add(changes, "showPersonNames", from == null ? null : from.showPersonNames(), to == null ? null : to.showPersonNames());
        add(changes, "showComments", from == null ? null : from.showComments(), to == null ? null : to.showComments());
        add(changes, "alertWarnPercent", from == null ? null : from.alertWarnPercent(), to == null ? null : to.alertWarnPercent());
        add(changes, "alertCriticalPercent", from == null ? null : from.alertCriticalPercent(), to == null ? null : to.alertCriticalPercent());
        return changes;
    }

    private static List<FieldChange> diff(LineItem from, LineItem to) {
        List<FieldChange> changes = new ArrayList<>();
        add(changes, "name", from == null ? null : from.name(), to == null ? null : to.name());
        add(changes, "billing", from == null ? null : from.billing(), to == null ? null : to.billing());
        add(changes, "budgetedSeconds", from == null ? null : from.budgetedSeconds(), to == null ? null : to.budgetedSeconds());
        add(changes, "rate", from == null ? null : plain(from.rate()), to == null ? null : plain(to.rate()));
        add(changes, "costRate", from == null ? null : plain(from.costRate()), to == null ? null : plain(to.costRate()));
        add(changes, "isDefault", from == null ? null : from.isDefault(), to == null ? null : to.isDefault());
        return changes;
    }

    private static List<FieldChange> diff(Expense from, Expense to) {
        List<FieldChange> changes = new ArrayList<>();
        add(changes, "serviceId", from == null ? null : from.serviceId(), to == null ? null : to.serviceId());
        add(changes, "date", from == null ? null : from.date(), to == null ? null : to.date());
        add(changes, "description", from == null ? null : from.description(), to == null ? null : to.description());
        add(changes, "amount", from == null ? null : plain(from.amount()), to == null ? null : plain(to.amount()));
        add(changes, "billable", from == null ? null : from.billable(), to == null ? null : to.billable());
        add(changes, "markupPercent", from == null ? null : plain(from.markupPercent()), to == null ? null : plain(to.markupPercent()));
        add(changes, "status", from == null ? null : from.status(), to == null ? null : to.status());
        return changes;
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static void add(List<FieldChange> changes, String field, Object from, Object to) {
        String f = from == null ? null : String.valueOf(from);
        String t = to == null ? null : String.valueOf(to);
        if (!Objects.equals(f, t)) {
            changes.add(new FieldChange(field, f, t));
        }
    }
}
