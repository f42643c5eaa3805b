package io.github.clientbudgets.web.issuepanel;

import io.github.clientbudgets.attribution.IssueAssignmentService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetService;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.i18n.I18nText;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.timeentry.TimeEntryStore;
import io.github.clientbudgets.web.team.ApprovalPageModels;
import io.github.clientbudgets.web.page.ReaderFormats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Context of the issue view's Budgets panel. Jira's issue view gives the panel the issue under {@code "issue"} and
 * its {@code "baseurl"}; the panel shows nothing when the project has no budgets.
 */
public class IssuePanelContextProvider implements ContextProvider {
    private final BudgetService budgets;
    private final IssueAssignmentService assignments;
    private final Permissions permissions;
    private final I18nText text;
    private final TimeEntryStore entries;
    private final ApprovalPageModels approvalModels;
    private final ReaderFormats formats;

    public IssuePanelContextProvider(BudgetService budgets, IssueAssignmentService assignments, Permissions permissions,
                                     I18nText text, TimeEntryStore entries, ApprovalPageModels approvalModels,
                                     ReaderFormats formats) {
        this.formats = formats;
        this.budgets = budgets;
        this.assignments = assignments;
        this.entries = entries;
        this.approvalModels = approvalModels;
        this.permissions = permissions;
        this.text = text;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        result.put("text", text);
        Optional<String> caller = permissions.currentUserKey();
        if (caller.isEmpty() || !(context.get("issue") instanceof Issue issue)) {
            return result;
        }
        String baseUrl = context.get("baseurl") instanceof String s ? s : "";
        try {
            Optional<LineItem> current = assignments.assignedLineItem(caller.get(), issue.getKey());
            List<LineItem> assignable = assignments.assignableLineItems(caller.get(), issue.getKey());
            if (assignable.isEmpty() && current.isEmpty()) {
                return result;
            }
            boolean canAssign = false;
            Map<Long, String> budgetNames = new HashMap<>();
            for (LineItem s : assignable) {
                if (!budgetNames.containsKey(s.budgetId())) {
                    Budget b = budgets.budget(caller.get(), s.budgetId());
                    budgetNames.put(s.budgetId(), b.name());
                    canAssign |= budgets.canManage(caller.get(), b);
                }
            }
            List<IssueServiceChoice> choices = new ArrayList<>();
            long currentId = current.map(LineItem::id).orElse(0L);
            for (LineItem s : assignable) {
                choices.add(new IssueServiceChoice(s.id(), budgetNames.get(s.budgetId()) + " / " + s.name(),
                        s.id() == currentId));
            }
            result.put("panel", new IssuePanelView(baseUrl, issue.getKey(), current.map(LineItem::name).orElse(null),
                    choices, canAssign, approvalModels.issueEntries(caller.get(), entries.ofIssue(issue.getId()),
                    issue.getKey(), baseUrl, formats.current())));
        } catch (NotFoundException e) {
            // not visible: render nothing
        }
        return result;
    }
}
