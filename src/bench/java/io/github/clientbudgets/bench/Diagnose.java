package io.github.clientbudgets.bench;

import io.github.clientbudgets.attribution.AttributionService;
import io.github.clientbudgets.attribution.WorklogFacts;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.summary.SummaryQueries;
import io.github.clientbudgets.timeentry.TimeEntryStore;

import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * Not a scenario of the table: {@code -Dbench.scenarios=diag} times the parts of the summary and of the event
 * projection one by one, to find where a miss comes from.
 */
public final class Diagnose implements Scenario {
    @Override
    public String id() {
        return "diag";
    }

    @Override
    public String name() {
        return "diagnose parts";
    }

    @Override
    public List<Row> run(BenchContext ctx) {
        BudgetStore store = ctx.bean(BudgetStore.class);
        SummaryQueries queries = ctx.bean(SummaryQueries.class);
        AttributionService attribution = ctx.bean(AttributionService.class);
        TimeEntryStore entries = ctx.bean(TimeEntryStore.class);
        time("store.budget", ctx, i -> store.budget(ctx.budget(i)));
        io.github.clientbudgets.lineitem.LineItemStore lineItems = ctx.bean(io.github.clientbudgets.lineitem.LineItemStore.class);
        time("lineItems.lineItems", ctx, i -> lineItems.lineItems(ctx.budget(i)));
        time("queries.time (approval)", ctx, i -> queries.timeByServiceAndMonth(ctx.budget(2 * (i % 10)), true));
        time("queries.time (no approval)", ctx, i -> queries.timeByServiceAndMonth(ctx.budget(2 * (i % 10) + 1), false));
        time("queries.expenses", ctx, i -> queries.billableExpensesByMonth(ctx.budget(i), true));
        time("store.budgetsOfProject", ctx, i -> store.budgetsOfProject(10000 + i % ctx.shape().projects()));
        time("entries.byWorklog", ctx, i -> entries.byWorklog(10000 + (i * 7919L) % ctx.shape().entries()));
        io.github.clientbudgets.attribution.AssignmentStore assignments = ctx.bean(io.github.clientbudgets.attribution.AssignmentStore.class);
        time("assignments.assignedLineItem", ctx, i -> assignments.assignedLineItem(10000 + (i * 7919L) % ctx.shape().issues()));
        time("attribution.attribute", ctx, i -> attribution.attribute(new WorklogFacts(10000 + (i * 7919L) % ctx.shape().issues(),
                null, 10000 + (i * 7919L) % ctx.shape().issues() / (ctx.shape().issues() / ctx.shape().projects()),
                BenchData.FIRST_DAY.plusDays(3), null)));
        io.github.clientbudgets.timeentry.TimeEntryProjection projection = ctx.bean(io.github.clientbudgets.timeentry.TimeEntryProjection.class);
        long base = 10_000_000L;
        java.util.function.IntFunction<io.github.clientbudgets.timeentry.WorklogState> state = i -> new io.github.clientbudgets.timeentry.WorklogState(
                base + i, 10000 + (i * 7919L) % ctx.shape().issues(), null,
                10000 + (i * 7919L) % ctx.shape().issues() / (ctx.shape().issues() / ctx.shape().projects()), "user0001",
                java.time.Instant.parse("2026-06-03T10:00:00Z"), BenchData.FIRST_DAY.plusDays(2), 3600, "diag");
        time("entries.insert", ctx, i -> entries.insert(io.github.clientbudgets.timeentry.TimeEntry.of(state.apply(i), null,
                io.github.clientbudgets.review.ApprovalStatus.PENDING)));
        time("entries.byWorklog (new)", ctx, i -> entries.byWorklog(base + i));
        time("projection (update path)", ctx, i -> projection.worklogPresent(state.apply(i)));
        time("projection (insert path)", ctx, i -> projection.worklogPresent(state.apply(100_000 + i)));
        try (var c = ctx.connect(); var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM " + ctx.names().table(io.github.clientbudgets.timeentry.TimeEntryEntity.class)
                    + " WHERE " + ctx.names().col("WORKLOG_ID") + " >= " + base);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        time("lineItems.lineItem", ctx, i -> lineItems.lineItem(ctx.budget(i)));
        time("summary.compute", ctx, i -> ctx.bean(io.github.clientbudgets.summary.SummaryService.class)
                .compute(store.budget(ctx.budget(i)).orElseThrow()));
        time("queries.totals", ctx, i -> queries.totals(ctx.budget(i), i % 2 == 0));
        return List.of();
    }

    private static void time(String what, BenchContext ctx, IntConsumer work) {
        Measure.Pair p = Measure.interleaved(100, 300, i -> { }, work);
        System.out.printf(Locale.ROOT, "    %-28s median %.3f ms  p99 %.3f ms  thread CPU %.3f ms%n", what,
                p.ours().medianMs(), p.ours().p99Ms(), p.oursCpuMs());
    }
}
