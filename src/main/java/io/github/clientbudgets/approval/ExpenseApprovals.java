package io.github.clientbudgets.approval;

import io.github.clientbudgets.review.ExpenseApprovalRules;
import io.github.clientbudgets.review.ApprovalRefusal;
import io.github.clientbudgets.review.ApprovalAction;
import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.audit.AuditAction;
import io.github.clientbudgets.audit.AuditSubject;
import io.github.clientbudgets.audit.AuditTrail;
import io.github.clientbudgets.audit.FieldChange;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.budget.FiguresChanged;
import io.github.clientbudgets.common.Errors;
import io.github.clientbudgets.common.InputPolicy;
import io.github.clientbudgets.expense.Expense;
import io.github.clientbudgets.expense.ExpenseStore;
import io.github.clientbudgets.permission.Permissions;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reviewers' decisions on expenses (approve, reject, unapprove), single or bulk, by {@link ExpenseApprovalRules}.
 * Each expense is read inside the transaction that writes it, and written by a compare-and-set on its status, so of
 * two reviewers deciding the same expense one wins and the other's request is decided again on what it now is.
 * Every change is audited ({@code EXPENSE <id> APPROVED|REJECTED|UNAPPROVED}, status from → to, the reason).
 */
public class ExpenseApprovals {
    private static final int MAX_BULK = 500;
    private static final int MAX_REASON = 2000;
    private final BudgetStore budgets;
    private final ExpenseStore expenses;
    private final PeriodLockStore locks;
    private final ApprovalService approvals;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final FiguresChanged figures;

    public ExpenseApprovals(BudgetStore budgets, ExpenseStore expenses, PeriodLockStore locks, ApprovalService approvals,
                            Permissions permissions, AuditTrail audit) {
        this(budgets, expenses, locks, approvals, permissions, audit, FiguresChanged.NONE);
    }

    /** @param figures told, after the commit, which budgets' approved expenses a decision changed (the alerts) */
    public ExpenseApprovals(BudgetStore budgets, ExpenseStore expenses, PeriodLockStore locks, ApprovalService approvals,
                            Permissions permissions, AuditTrail audit, FiguresChanged figures) {
        this.figures = figures;
        this.budgets = budgets;
        this.expenses = expenses;
        this.locks = locks;
        this.approvals = approvals;
        this.permissions = permissions;
        this.audit = audit;
    }

    public BulkOutcome decide(String caller, ApprovalAction action, List<Long> expenseIds, String reason) {
        if (action != ApprovalAction.APPROVE && action != ApprovalAction.REJECT && action != ApprovalAction.UNAPPROVE) {
            throw new IllegalArgumentException("not a decision on an expense: " + action);
        }
        Errors errors = new Errors();
        String trimmed = InputPolicy.multiLine(reason, "reason", MAX_REASON, errors);
        if (expenseIds == null || expenseIds.isEmpty()) {
            errors.add("ids", "client-budgets.error.ids.empty");
        } else if (expenseIds.size() > MAX_BULK) {
            errors.add("ids", "client-budgets.error.ids.tooMany", MAX_BULK);
        } else if (expenseIds.stream().anyMatch(id -> id == null || id <= 0)) {
            errors.add("ids", "client-budgets.error.id");
        }
        if (action == ApprovalAction.REJECT && trimmed == null && !errors.has("reason")) {
            errors.add("reason", "client-budgets.error.reason.required");
        }
        errors.throwIfAny();
        List<Long> ascending = expenseIds.stream().distinct().sorted().toList();
        BulkOutcome outcome = budgets.inTransaction(() -> {
            List<Long> succeeded = new ArrayList<>();
            List<BulkOutcome.Failure> failed = new ArrayList<>();
            for (long id : ascending) {
                decideOne(caller, action, id, action == ApprovalAction.REJECT ? trimmed : null).ifPresentOrElse(
                        why -> failed.add(new BulkOutcome.Failure(id, why)), () -> succeeded.add(id));
            }
            return new BulkOutcome(succeeded, failed);
        });
        if (!outcome.succeeded().isEmpty()) {
            figures.changed(outcome.succeeded().stream().map(expenses::expense).flatMap(Optional::stream)
                    .map(Expense::budgetId).collect(java.util.stream.Collectors.toSet()));
        }
        return outcome;
    }

    /** One expense, read and written in the caller's transaction; a lost compare-and-set is decided once more. */
    private Optional<ApprovalRefusal> decideOne(String caller, ApprovalAction action, long id, String reason) {
        for (int attempt = 0; attempt < 2; attempt++) {
            Optional<Expense> found = expenses.expense(id);
            Optional<Budget> budget = found.flatMap(x -> budgets.budget(x.budgetId()))
                    .filter(b -> permissions.canBrowse(caller, b.projectId()));
            if (found.isEmpty() || budget.isEmpty()) {
                return Optional.of(ApprovalRefusal.NOT_FOUND);
            }
            Expense x = found.get();
            Budget b = budget.get();
            ExpenseApprovalRules.Decision d = ExpenseApprovalRules.decide(new ExpenseApprovalRules.Request(action,
                    x.status(), b.approvalRequired(), approvals.mayApprove(caller, b.id()), caller.equals(x.authorKey()),
                    locks.isLocked(b.id(), YearMonth.from(x.date())), reason));
            if (d.refusal() != null) {
                return Optional.of(d.refusal());
            }
            if (d.next() == x.status()) {
                return Optional.empty(); // already so: nothing to write, nothing to audit
            }
            if (expenses.transitionExpense(id, x.status(), d.next(), d.next() == ApprovalStatus.REJECTED ? reason : null)) {
                List<FieldChange> changes = new ArrayList<>();
                changes.add(new FieldChange("status", x.status().name(), d.next().name()));
                if (reason != null) {
                    changes.add(new FieldChange("reason", null, reason));
                }
                audit.record(caller, b.id(), AuditSubject.EXPENSE, id, switch (action) {
                    case APPROVE -> AuditAction.APPROVED;
                    case REJECT -> AuditAction.REJECTED;
                    default -> AuditAction.UNAPPROVED;
                }, changes);
                return Optional.empty();
            }
            // another reviewer moved it between our read and our write: decide again on what it is now
        }
        return Optional.of(ApprovalRefusal.WRONG_STATE);
    }

    /** The expenses waiting for the caller's decision, oldest first: of the budgets he approves, not his own. */
    public List<Expense> pending(String caller, Long budgetId, int limit) {
        List<Long> ids = new ArrayList<>();
        for (Budget b : budgets.budgetsRequiringApproval()) {
            if ((budgetId == null || b.id() == budgetId) && approvals.mayApprove(caller, b.id())) {
                ids.add(b.id());
            }
        }
        return expenses.expensesWithStatus(ids, ApprovalStatus.PENDING, Math.max(1, Math.min(limit, MAX_BULK))).stream()
                .filter(x -> !caller.equals(x.authorKey())).toList();
    }
}
