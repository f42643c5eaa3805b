package io.github.clientbudgets.attribution;

import io.github.clientbudgets.audit.AuditAction;
import io.github.clientbudgets.audit.AuditSubject;
import io.github.clientbudgets.audit.AuditTrail;
import io.github.clientbudgets.audit.FieldChange;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetStatus;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.budget.TeamAccessPolicy;
import io.github.clientbudgets.common.ForbiddenException;
import io.github.clientbudgets.common.InputPolicy;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.lineitem.LineItemStore;
import io.github.clientbudgets.permission.IssueRef;
import io.github.clientbudgets.permission.Permissions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link IssueAssignmentService}: checks rights, writes the assignment and re-attributes in one transaction, audits. */
public class DefaultIssueAssignmentService implements IssueAssignmentService {
    private final AssignmentStore store;
    private final BudgetStore budgets;
    private final LineItemStore lineItems;
    private final Permissions permissions;
    private final TeamAccessPolicy policy;
    private final Reattribution reattribution;
    private final AuditTrail audit;

    public DefaultIssueAssignmentService(AssignmentStore store, BudgetStore budgets, LineItemStore lineItems,
                                         Permissions permissions, TeamAccessPolicy policy,
                                         Reattribution reattribution, AuditTrail audit) {
        this.store = store;
        this.budgets = budgets;
        this.lineItems = lineItems;
        this.permissions = permissions;
        this.policy = policy;
        this.reattribution = reattribution;
        this.audit = audit;
    }

    private IssueRef visibleIssue(String caller, String issueKey) {
        if (!InputPolicy.isKey(issueKey)) {
            throw new NotFoundException(); // names no issue; never handed to Jira or SQL
        }
        return permissions.issueByKey(issueKey)
                .filter(i -> permissions.canBrowse(caller, i.projectId()))
                .orElseThrow(NotFoundException::new);
    }

    @Override
    public Optional<LineItem> assignedLineItem(String caller, String issueKey) {
        IssueRef issue = visibleIssue(caller, issueKey);
        return store.assignedLineItem(issue.id()).flatMap(lineItems::lineItem)
                .filter(s -> budgets.budget(s.budgetId()).isPresent());
    }

    @Override
    public List<LineItem> assignableLineItems(String caller, String issueKey) {
        IssueRef issue = visibleIssue(caller, issueKey);
        List<LineItem> result = new ArrayList<>();
        for (Budget budget : budgets.budgetsOfProject(issue.projectId())) {
            if (budget.status() == BudgetStatus.OPEN) {
                result.addAll(lineItems.lineItems(budget.id()));
            }
        }
        return result;
    }

    @Override
    public Optional<LineItem> assignIssue(String caller, String issueKey, Long lineItemId) {
        IssueRef issue = visibleIssue(caller, issueKey);
        Optional<LineItem> target = Optional.empty();
        if (lineItemId != null) {
            target = lineItems.lineItem(lineItemId)
                    .filter(s -> budgets.budget(s.budgetId()).filter(b -> b.projectId() == issue.projectId()).isPresent());
            if (target.isEmpty()) {
                throw ValidationException.of("serviceId", "client-budgets.error.issue.service");
            }
        }
        Optional<Long> previous = store.assignedLineItem(issue.id());
        // the right to assign: manage the target budget, or the budget the issue leaves when unassigning
        Long budgetOfRight = target.map(LineItem::budgetId)
                .orElse(previous.flatMap(lineItems::lineItem).map(LineItem::budgetId).orElse(null));
        boolean allowed = budgetOfRight == null ? policy.isProjectAdmin(caller, issue.projectId())
                : budgets.budget(budgetOfRight).map(b -> policy.mayManage(caller, b)).orElse(false)
                || policy.isProjectAdmin(caller, issue.projectId());
        if (!allowed) {
            throw new ForbiddenException("client-budgets.error.forbidden.assign");
        }
        if (Objects.equals(previous.orElse(null), lineItemId)) {
            return target;
        }
        Optional<LineItem> result = target;
        return budgets.inTransaction(() -> {
            store.assignIssue(issue.id(), issue.projectId(), lineItemId);
            audit.record(caller, budgetOfRight, AuditSubject.ISSUE, issue.id(), AuditAction.ASSIGNED,
                    List.of(new FieldChange("service", previous.map(String::valueOf).orElse(null),
                            lineItemId == null ? null : String.valueOf(lineItemId))));
            reattribution.reattributeIssue(issue.id()); // live attribution follows; approved snapshots stay
            return result;
        });
    }
}
