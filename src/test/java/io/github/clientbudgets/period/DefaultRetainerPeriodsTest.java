package io.github.clientbudgets.period;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.approval.AoPeriodLockStore;
import io.github.clientbudgets.approval.DefaultApprovalService;
import io.github.clientbudgets.audit.AoAuditTrail;
import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetInput;
import io.github.clientbudgets.budget.TeamAccessPolicy;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.summary.AoRetainerQueries;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.FakePermissions;
import io.github.clientbudgets.testing.Fixtures;
import io.github.clientbudgets.testing.Stores;
import io.github.clientbudgets.testing.TeamServices;
import io.github.clientbudgets.timeentry.TimeEntryQueries;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.worklog.Worklog;
import io.github.clientbudgets.review.EntryState;
import io.github.clientbudgets.timeentry.TimeEntry;
import io.github.clientbudgets.timeentry.WorklogEventListener;
import io.github.clientbudgets.timeentry.WorklogState;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The retainer periods on a real database (H2 and PostgreSQL): the terms written with the budget, the figures from
 * the SQL of approved time equal to {@link PeriodLedger}'s over the same seconds, locked months frozen inside the
 * lock's transaction and kept through a change of the terms.
 */
class DefaultRetainerPeriodsTest {
    private static final long HOUR = 3600;
    private static final LocalDate JUNE_15 = LocalDate.parse("2026-06-15");

    private static final class World {
        final Stores stores;
        final Fixtures fixtures;
        final DefaultRetainerPeriods retainers;
        final DefaultApprovalService approvals;
        final AoRetainerTermsStore terms;

        World(ActiveObjects ao) {
            stores = Stores.on(ao);
            fixtures = new Fixtures(stores);
            FakePermissions jira = new FakePermissions().project(10, "ACME").admin("pm", 10).browser("dev", 10)
                    .user("pm").user("dev");
            AoAuditTrail audit = new AoAuditTrail(ao);
            TeamServices team = new TeamServices(stores, audit, jira);
            AoPeriodLockStore locks = new AoPeriodLockStore(ao);
            terms = new AoRetainerTermsStore(ao);
            retainers = new DefaultRetainerPeriods(stores.budgets, team.budgets, terms, new AoRetainerQueries(ao),
                    locks);
            approvals = new DefaultApprovalService(stores.time, new TimeEntryQueries(ao, stores.time), stores.budgets,
                    stores.lineItems, locks, jira, new TeamAccessPolicy(jira), audit, (e, k, r, why) -> { }, retainers);
        }

        /** The worked example of docs/budgets.md: 2026-03-16 to 2026-06-30, 40 h and EUR 4,000.00 a month. */
        Budget example(RetainerTermsInput retainer) {
            return retainers.create("pm", input("RETAINER", "2026-03-16", "2026-06-30", "4000.00", "40"), retainer);
        }

        LineItem line(Budget b) {
            return fixtures.service(b, "Support", Billing.HOURLY, "100.00", true);
        }

        void approved(LineItem line, String day, long hours) {
            fixtures.approved(10, 1, line.id(), day, hours * HOUR, true);
        }
    }

    static BudgetInput input(String type, String start, String end, String amount, String hours) {
        BudgetInput in = new BudgetInput();
        in.projectKey = "ACME";
        in.name = "Support " + type;
        in.type = type;
        in.currency = "EUR";
        in.startDate = start;
        in.endDate = end;
        in.totalAmount = amount;
        in.totalHours = hours;
        in.approvalRequired = true;
        in.version = 0;
        return in;
    }

    static RetainerTermsInput terms(String period, String hours, String amount, String rule, String cap) {
        return new RetainerTermsInput(period, hours, amount, rule, cap, null, null);
    }

    private static Map<PeriodKey, Long> hours(Object... monthAndHours) {
        Map<PeriodKey, Long> result = new TreeMap<>();
        for (int i = 0; i < monthAndHours.length; i += 2) {
            result.put(PeriodKey.parse((String) monthAndHours[i], "p"), ((Number) monthAndHours[i + 1]).longValue() * HOUR);
        }
        return result;
    }

    @AoTest
    void theFiguresOfTheSqlAreTheLedgersOverTheSameSeconds(ActiveObjects ao) {
        World w = new World(ao);
        Budget b = w.example(terms("MONTHLY", "40", "4000.00", "CARRY_OVER", "10"));
        LineItem line = w.line(b);
        w.approved(line, "2026-03-01", 12);  // before the start day: March still counts
        w.approved(line, "2026-04-30", 45);
        w.approved(line, "2026-05-01", 22);
        w.approved(line, "2026-06-30", 41);
        w.fixtures.entry(10, 1, line.id(), "2026-05-02", 5 * HOUR, true, ApprovalStatus.PENDING); // never counts
        w.approved(line, "2026-07-01", 9);   // after the end: ignored

        List<PeriodFigures> periods = w.retainers.periods(b.id(), LocalDate.parse("2026-09-01"));

        RetainerTerms expectedTerms = new RetainerTerms(PeriodKind.MONTHLY, 40 * HOUR, new BigDecimal("4000.00"),
                Rollover.carryOver(10 * HOUR), LocalDate.parse("2026-03-16"), LocalDate.parse("2026-06-30"));
        assertEquals(Optional.of(expectedTerms), w.retainers.terms(b.id()));
        assertEquals(new PeriodLedger(expectedTerms).periods(null,
                hours("2026-03", 12, "2026-04", 45, "2026-05", 22, "2026-06", 41), Map.of()), periods);
        // the worked example's figures, in seconds: March 20.65 h (EUR 2,064.52) of which 8.65 h carry over
        assertEquals(new PeriodFigures(PeriodKey.month(2026, 3), 74340, new BigDecimal("2064.52"), 0, 12 * HOUR,
                74340 - 12 * HOUR, 74340 - 12 * HOUR, false), periods.get(0));
        assertEquals(10 * HOUR, periods.get(2).carriedOutSeconds(), "May carries the cap");
        assertEquals(0, periods.get(3).carriedOutSeconds(), "the last period carries nothing");

        assertEquals(3, w.retainers.periods(b.id(), LocalDate.parse("2026-05-31")).size(), "through the current one");
        assertEquals(List.of(), w.retainers.periods(b.id(), LocalDate.parse("2026-02-28")), "before the start");
    }

    @AoTest
    void lockedMonthsKeepTheirFiguresThroughLaterTimeAndAChangeOfTheRule(ActiveObjects ao) {
        World w = new World(ao);
        Budget b = w.example(terms("MONTHLY", "40", "4000.00", "CARRY_OVER", "10"));
        LineItem line = w.line(b);
        w.approved(line, "2026-03-20", 12);
        w.approved(line, "2026-04-20", 45);
        w.approved(line, "2026-05-20", 22);
        w.approved(line, "2026-06-20", 41);
        w.approvals.lock("pm", b.id(), YearMonth.of(2026, 3));
        w.approvals.lock("pm", b.id(), YearMonth.of(2026, 4));
        List<PeriodFigures> before = w.retainers.periods(b.id(), JUNE_15);

        w.approved(line, "2026-04-21", 3); // time reaching a locked month anyway (e.g. a resync): not counted there
        Budget now = w.stores.budgets.budget(b.id()).orElseThrow();
        BudgetInput edit = input("RETAINER", "2026-03-16", "2026-06-30", "4000.00", "40");
        edit.version = now.version();
        w.retainers.update("pm", b.id(), edit, terms("MONTHLY", "40", "4000.00", "BORROW", "10"));

        List<PeriodFigures> after = w.retainers.periods(b.id(), JUNE_15);
        assertEquals(before.get(0).asLocked(), after.get(0));
        assertEquals(before.get(1).asLocked(), after.get(1));
        assertTrue(after.get(0).locked() && after.get(1).locked() && !after.get(2).locked());
        // May receives April's carried 3.65 h (13140 s) whatever the rule is now; under BORROW it carries nothing on
        assertEquals(13140, after.get(2).carriedInSeconds());
        assertEquals(40 * HOUR + 13140 - 22 * HOUR, after.get(2).remainingSeconds());
        assertEquals(0, after.get(2).carriedOutSeconds());
        assertEquals(-HOUR, after.get(3).remainingSeconds(), "June: 40 - 41, overage at the last period");

        w.approvals.unlock("pm", b.id(), YearMonth.of(2026, 4));
        List<PeriodFigures> unlocked = w.retainers.periods(b.id(), JUNE_15);
        assertEquals(48 * HOUR, unlocked.get(1).usedSeconds(), "unlocked: computed again, with the late 3 h");
        assertTrue(unlocked.get(0).locked());
    }

    @AoTest
    void aQuarterIsFrozenOnlyWhenItsThreeMonthsAreLocked(ActiveObjects ao) {
        World w = new World(ao);
        Budget b = w.retainers.create("pm", input("RETAINER", "2026-01-01", null, "12000.00", "120"),
                terms("QUARTERLY", "120", "12000.00", "CARRY_OVER", "20"));
        LineItem line = w.line(b);
        w.approved(line, "2026-02-10", 100);
        w.approvals.lock("pm", b.id(), YearMonth.of(2026, 1));
        w.approvals.lock("pm", b.id(), YearMonth.of(2026, 2));
        assertEquals(Map.of(), w.terms.frozen(b.id(), b.currency()), "two of three months locked: not frozen");

        w.approvals.lock("pm", b.id(), YearMonth.of(2026, 3));
        PeriodFigures q1 = new PeriodFigures(PeriodKey.quarter(2026, 1), 120 * HOUR, new BigDecimal("12000.00"), 0,
                100 * HOUR, 20 * HOUR, 20 * HOUR, true);
        assertEquals(Map.of(q1.period(), q1), w.terms.frozen(b.id(), b.currency()));
        w.approved(line, "2026-03-31", 10);
        assertEquals(q1, w.retainers.periods(b.id(), LocalDate.parse("2026-04-01")).get(0));

        w.approvals.unlock("pm", b.id(), YearMonth.of(2026, 2));
        assertEquals(Map.of(), w.terms.frozen(b.id(), b.currency()), "any month unlocked: the quarter thaws");
        assertEquals(110 * HOUR, w.retainers.periods(b.id(), LocalDate.parse("2026-04-01")).get(0).usedSeconds());
    }

    /**
     * The work day is the day the worklog started in the server's time zone (New York here): 23:30 on March 31 is
     * April 1 in UTC, and still counts in March.
     */
    @AoTest
    void anEntryStartedAt2330OnTheLastDayCountsInThatMonthOfTheServersZone(ActiveObjects ao) {
        World w = new World(ao);
        BudgetInput in = input("RETAINER", "2026-03-01", "2026-04-30", null, "40");
        in.approvalRequired = false;
        Budget b = w.retainers.create("pm", in, terms("MONTHLY", "40", null, "NONE", null));
        LineItem line = w.line(b);
        ZoneId newYork = ZoneId.of("America/New_York");
        Instant started = ZonedDateTime.of(2026, 3, 31, 23, 30, 0, 0, newYork).toInstant();
        assertEquals(LocalDate.parse("2026-04-01"), started.atZone(ZoneOffset.UTC).toLocalDate());
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(1L);
        when(issue.getProjectId()).thenReturn(10L);
        Worklog worklog = mock(Worklog.class);
        when(worklog.getId()).thenReturn(77L);
        when(worklog.getIssue()).thenReturn(issue);
        when(worklog.getAuthorKey()).thenReturn("dev");
        when(worklog.getStartDate()).thenReturn(Date.from(started));
        when(worklog.getTimeSpent()).thenReturn(HOUR);
        WorklogState state = WorklogEventListener.state(worklog, newYork);
        w.stores.time.insert(new TimeEntry(0, state, line.id(), null, true, null, ApprovalStatus.APPROVED,
                EntryState.Revision.NONE, null, TimeEntry.Review.NONE));

        List<PeriodFigures> periods = w.retainers.periods(b.id(), LocalDate.parse("2026-04-30"));

        assertEquals(List.of(HOUR, 0L), periods.stream().map(PeriodFigures::usedSeconds).toList());
    }

    @AoTest
    void termsAreCheckedWithTheBudgetAndNamedRetainerDotField(ActiveObjects ao) {
        World w = new World(ao);
        ValidationException onOtherType = assertThrows(ValidationException.class, () -> w.retainers.create("pm",
                input("TIME_AND_MATERIALS", "2026-01-01", null, "100.00", null), terms("MONTHLY", "4", null, null, null)));
        assertEquals(List.of("retainer"), List.copyOf(onOtherType.errors().keySet()));

        ValidationException bad = assertThrows(ValidationException.class, () -> w.retainers.create("pm",
                input("RETAINER", "2026-01-01", null, "100.00", "4"), terms("WEEKLY", "0", "1.001", "CARRY_OVER", null)));
        assertEquals(List.of("retainer.period", "retainer.allowanceAmount", "retainer.rolloverCapHours",
                "retainer.allowanceHours"), List.copyOf(bad.errors().keySet()));
        assertEquals(List.of(), w.stores.budgets.budgetsOfProject(10), "nothing written, not even the budget");
    }

    @AoTest
    void aRetainerWithoutTermsGetsItsMonthlyFiguresAndLosesThemWhenItIsNoRetainerAnyMore(ActiveObjects ao) {
        World w = new World(ao);
        Budget b = w.retainers.create("pm", input("RETAINER", "2026-01-01", null, "3000.00", "30"), null);
        assertEquals(Optional.of(new RetainerPlan(PeriodKind.MONTHLY, 30 * HOUR, new BigDecimal("3000.00"),
                Rollover.none())), w.terms.plan(b.id(), b.currency()));
        Budget noHours = w.retainers.create("pm", input("RETAINER", "2026-01-01", null, "3000.00", null), null);
        assertEquals(Optional.empty(), w.retainers.terms(noHours.id()));
        assertEquals(List.of(), w.retainers.periods(noHours.id(), JUNE_15));

        BudgetInput edit = input("TIME_AND_MATERIALS", "2026-01-01", null, "3000.00", "30");
        edit.version = w.stores.budgets.budget(b.id()).orElseThrow().version();
        w.retainers.update("pm", b.id(), edit, null);
        assertEquals(Optional.empty(), w.terms.plan(b.id(), b.currency()));
        assertEquals(List.of(), w.retainers.periods(b.id(), JUNE_15));
    }

    @AoTest
    void thePeriodKindCannotChangeWhilePeriodsAreFrozen(ActiveObjects ao) {
        World w = new World(ao);
        Budget b = w.example(terms("MONTHLY", "40", null, "NONE", null));
        w.line(b);
        w.approvals.lock("pm", b.id(), YearMonth.of(2026, 3));
        BudgetInput edit = input("RETAINER", "2026-03-16", "2026-06-30", "4000.00", "40");
        edit.version = w.stores.budgets.budget(b.id()).orElseThrow().version();

        ValidationException e = assertThrows(ValidationException.class, () -> w.retainers.update("pm", b.id(), edit,
                terms("QUARTERLY", "120", null, "NONE", null)));
        assertEquals(List.of("retainer.period"), List.copyOf(e.errors().keySet()));
        assertEquals(PeriodKind.MONTHLY, w.retainers.terms(b.id()).orElseThrow().period());
        assertEquals(edit.version, w.stores.budgets.budget(b.id()).orElseThrow().version(), "the budget unchanged too");
    }
}
