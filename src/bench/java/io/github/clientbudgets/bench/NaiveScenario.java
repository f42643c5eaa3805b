package io.github.clientbudgets.bench;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.issue.worklog.WorklogManager;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.summary.SummaryService;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * 6. The naive way other Jira time apps compute a budget: every issue of the budget's project
 * ({@code IssueManager.getIssueIdsForProject}, {@code getIssueObject}), {@code WorklogManager.getByIssue} for each,
 * summing in Java the worklogs inside the budget's dates; against ours ({@code SummaryService.compute}, which also
 * splits per service, approved and pending). Ratio = naive / ours (a speed-up).
 */
public final class NaiveScenario implements Scenario {
    @Override
    public String id() {
        return "6";
    }

    @Override
    public String name() {
        return "6 naive getByIssue vs ours";
    }

    @Override
    public List<Row> run(BenchContext ctx) throws Exception {
        SummaryService summaries = ctx.bean(SummaryService.class);
        BudgetStore store = ctx.bean(BudgetStore.class);
        IssueManager issues = ctx.hostService(IssueManager.class);
        WorklogManager worklogs = ctx.hostService(WorklogManager.class);
        ZoneId zone = ZoneId.systemDefault();
        long[] sink = new long[1];
        Measure.Pair pair = Measure.interleaved(ctx.warmup(), ctx.runs(),
                i -> {
                    Budget budget = store.budget(ctx.budget(i)).orElseThrow();
                    long seconds = 0;
                    try {
                        for (Long id : issues.getIssueIdsForProject(budget.projectId())) {
                            Issue issue = issues.getIssueObject(id);
                            for (Worklog w : worklogs.getByIssue(issue)) {
                                var day = w.getStartDate().toInstant().atZone(zone).toLocalDate();
                                if (budget.covers(day)) {
                                    seconds += w.getTimeSpent();
                                }
                            }
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    sink[0] += seconds;
                },
                i -> sink[0] += summaries.compute(store.budget(ctx.budget(i)).orElseThrow()).usedSeconds());
        // the baseline here is the naive way: the ratio is how many times faster ours is
        double speedUp = pair.baseline().medianMs() / pair.ours().medianMs();
        return List.of(new Row(name(), ctx.db(), ctx.scale(), pair.ours(), pair.baseline(), speedUp, ">= 50x faster",
                speedUp >= 50, String.format(Locale.ROOT, "baseline = naive; %,d issues a project",
                ctx.shape().issues() / ctx.shape().projects())));
    }
}
