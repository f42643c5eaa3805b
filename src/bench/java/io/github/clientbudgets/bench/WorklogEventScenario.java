package io.github.clientbudgets.bench;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.issue.worklog.WorklogManager;
import io.github.clientbudgets.devhost.jira.HostUser;
import io.github.clientbudgets.devhost.jira.HostWorklog;
import io.github.clientbudgets.timeentry.TimeEntryEntity;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.timeentry.TimeEntryStore;
import io.github.clientbudgets.timeentry.WorklogEventListener;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * 4. A worklog save as Jira does it on the dev host ({@code WorklogManager.create} with the event dispatched), with
 * the plugin's {@link WorklogEventListener} registered (the event projects the worklog into a time entry) against
 * the same save with the listener unregistered. Alternating per iteration; issues spread over all projects. The
 * worklogs made here are removed afterwards (the cached database stays as generated). The plugin's budget caches are
 * warmed first (see {@link #warmBudgetCaches}).
 */
public final class WorklogEventScenario implements Scenario {
    @Override
    public String id() {
        return "4";
    }

    @Override
    public String name() {
        return "4 worklog create + listener";
    }

    @Override
    public List<Row> run(BenchContext ctx) throws Exception {
        WorklogManager worklogs = ctx.hostService(WorklogManager.class);
        IssueManager issues = ctx.hostService(IssueManager.class);
        WorklogEventListener listener = ctx.bean(WorklogEventListener.class);
        TimeEntryStore entries = ctx.bean(TimeEntryStore.class);
        HostUser user = ctx.host().store().userByName("user0001").orElseThrow();
        int issueCount = ctx.shape().issues();
        List<Long> created = new ArrayList<>();
        java.util.function.IntFunction<Worklog> save = i -> {
            Issue issue = issues.getIssueObject(10000L + (i * 7919L) % issueCount);
            Date start = java.sql.Timestamp.valueOf(BenchData.FIRST_DAY.plusDays(i % BenchData.DAYS).atTime(10, 0));
            Worklog w = worklogs.create(user, new HostWorklog(null, issue, user.getKey(), user.getKey(),
                    "bench " + i, start, 3600L, null, null), null, true);
            created.add(w.getId());
            return w;
        };
        warmBudgetCaches(ctx);
        try {
            Measure.Pair pair = Measure.interleaved(ctx.warmup() * 2, ctx.runs() * 2,
                    listener::unregister, i -> save.apply(2 * i),
                    listener::register, i -> save.apply(2 * i + 1));
            long last = created.get(created.size() - 1);
            if (entries.byWorklog(last).isEmpty()) {
                throw new IllegalStateException("the listener made no time entry for worklog " + last);
            }
            double added = pair.ours().medianMs() - pair.baseline().medianMs();
            return List.of(new Row(name(), ctx.db(), ctx.scale(), pair.ours(), pair.baseline(), pair.ratio(),
                    "<= 1.10x", pair.ratio() <= 1.10, String.format(java.util.Locale.ROOT, "adds %.2f ms a save", added)));
        } finally {
            listener.register();
            cleanUp(ctx, worklogs, created);
        }
    }

    /**
     * The plugin's budget caches as on a node that has been up for a while (untimed): every project's budgets and
     * every budget's services read once. The saves spread over all issues, so without this nearly every measured
     * save would be the first to ask for its service, which a running node asks once per
     * {@code BudgetCaches.EXPIRE_MINUTES}.
     */
    private static void warmBudgetCaches(BenchContext ctx) {
        BudgetStore budgets = ctx.bean(BudgetStore.class);
        io.github.clientbudgets.lineitem.LineItemStore lineItems = ctx.bean(io.github.clientbudgets.lineitem.LineItemStore.class);
        for (long projectId : ctx.bean(io.github.clientbudgets.timeentry.JiraWorklogSource.class).projectIds()) {
            for (Budget budget : budgets.budgetsOfProject(projectId)) {
                budgets.budget(budget.id());
                lineItems.lineItems(budget).forEach(service -> lineItems.lineItem(service.id()));
            }
        }
    }

    private static void cleanUp(BenchContext ctx, WorklogManager worklogs, List<Long> created) throws Exception {
        for (long id : created) {
            Worklog w = worklogs.getById(id);
            if (w != null) {
                worklogs.delete(null, w, null, false);
            }
        }
        AoNames n = ctx.names();
        try (Connection c = ctx.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM " + n.table(TimeEntryEntity.class) + " WHERE " + n.col(TimeEntryEntity.WORKLOG_ID)
                    + " >= " + (10000 + ctx.shape().entries()));
        }
        ctx.hostService(com.atlassian.activeobjects.external.ActiveObjects.class).flushAll();
    }
}
