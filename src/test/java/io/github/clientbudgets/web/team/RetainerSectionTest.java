package io.github.clientbudgets.web.team;

import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetService;
import io.github.clientbudgets.budget.BudgetStatus;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.devhost.plugin.PluginDescriptor;
import io.github.clientbudgets.devhost.web.HostTemplateRenderer;
import io.github.clientbudgets.devhost.web.VelocityAllowlist;
import io.github.clientbudgets.devhost.web.WebResources;
import io.github.clientbudgets.expense.ExpenseService;
import io.github.clientbudgets.format.TestFormats;
import io.github.clientbudgets.lineitem.LineItemService;
import io.github.clientbudgets.summary.Summary;
import io.github.clientbudgets.summary.SummaryService;
import io.github.clientbudgets.testing.BundleText;
import io.github.clientbudgets.testing.FakePermissions;
import io.github.clientbudgets.testing.FakeRetainerPeriods;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The budget page's retainer section: built from the port {@code RetainerPeriods} for the day the clock says, shown
 * for retainers with terms only, and rendered by the dev host's renderer as Jira renders it (HTML escaping on, only
 * allowlisted methods): the current period, the history, and the terms in the edit form.
 */
class RetainerSectionTest {
    private static final String EVIL = "<script>alert(1)</script>";
    /** 20 November 2026, 23:30 in New York: already the 21st in UTC, still the 20th where the clock's zone is. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T04:30:00Z"), ZoneId.of("America/New_York"));
    private static final ClassLoader LOADER = RetainerSectionTest.class.getClassLoader();
    private static final HostTemplateRenderer RENDERER = new HostTemplateRenderer(LOADER,
            VelocityAllowlist.of(PluginDescriptor.fromClasspath(LOADER)),
            new WebResources(PluginDescriptor.fromClasspath(LOADER), LOADER, Path.of("no-aui")));

    private static Budget budget(BudgetType type) {
        return new Budget(7, 10, EVIL, type, Currency.getInstance("USD"), LocalDate.parse("2026-09-01"), null, null,
                null, "pm", BudgetStatus.OPEN, true, true, false, false, 80, 100);
    }

    private static Summary summary() {
        return new Summary(7, Currency.getInstance("USD"), null, new BigDecimal("0.00"), null, new BigDecimal("0.00"),
                null, 45000, 0, null, null, new BigDecimal("0.00"), List.of(), List.of());
    }

    private static BudgetPageModels models(Budget budget, FakeRetainerPeriods periods) {
        BudgetService budgets = mock(BudgetService.class);
        SummaryService summaries = mock(SummaryService.class);
        when(budgets.budget("pm", 7)).thenReturn(budget);
        when(budgets.canManage("pm", budget)).thenReturn(true);
        when(summaries.compute(budget)).thenReturn(summary());
        FakePermissions permissions = new FakePermissions().project(10, "ACME").admin("pm", 10);
        return new BudgetPageModels(budgets, mock(LineItemService.class), mock(ExpenseService.class), summaries,
                permissions, null, null, periods, CLOCK);
    }

    private static BudgetPage page(Budget budget, FakeRetainerPeriods periods) {
        return models(budget, periods).budgetPage("pm", 7, "/jira", Optional.empty(), (key, args) -> key,
                TestFormats.english());
    }

    private static String render(BudgetPage page) {
        return RENDERER.renderToString("templates/budgets/budget.vm", Map.of("page", page, "text", BundleText.create()));
    }

    @Test
    void aRetainersPageHasItsPeriodsUpToTodayInTheClocksZone() {
        FakeRetainerPeriods periods = FakeRetainerPeriods.supportRetainer(7);
        RetainerSection section = page(budget(BudgetType.RETAINER), periods).getRetainer();
        assertEquals(List.of(LocalDate.parse("2026-11-20")), periods.asked);
        assertTrue(section.getPanel().isShown());
        assertEquals("2026-11", section.getPanel().getCurrent().getKey());
        assertEquals(3, section.getPanel().getPeriods().size());
        assertEquals("MONTHLY", section.getPeriodValue());
        assertEquals("40.00", section.getAllowanceHoursValue());
        assertEquals("4000.00", section.getAllowanceAmountValue());
        assertEquals("CARRY_OVER", section.getRolloverValue());
        assertEquals("10.00", section.getRolloverCapHoursValue());
    }

    @Test
    void otherBudgetsAndRetainersWithoutTermsShowNoPeriods() {
        FakeRetainerPeriods periods = FakeRetainerPeriods.supportRetainer(7);
        assertSame(RetainerSection.NONE, page(budget(BudgetType.TIME_AND_MATERIALS), periods).getRetainer());
        assertEquals(List.of(), periods.asked, "not even asked for a budget that is no retainer");
        RetainerSection without = page(budget(BudgetType.RETAINER), new FakeRetainerPeriods()).getRetainer();
        assertFalse(without.getPanel().isShown());
        assertEquals("MONTHLY", without.getPeriodValue(), "a new retainer's form starts monthly");
        assertEquals("NONE", without.getRolloverValue());
        assertEquals("", without.getAllowanceHoursValue() + without.getRolloverCapHoursValue());
        assertSame(RetainerSection.NONE, page(budget(BudgetType.RETAINER), null).getRetainer(),
                "page models built without the port show no periods");
    }

    @Test
    void theBudgetPageShowsTheCurrentPeriodAndTheHistoryWithTheNameEscaped() {
        String html = render(page(budget(BudgetType.RETAINER), FakeRetainerPeriods.supportRetainer(7)));
        assertFalse(html.contains(EVIL), "user text must be escaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("id=\"cb-retainer-periods\""), html);
        assertTrue(html.contains("Each month includes 40.00 h."), html);
        assertTrue(html.contains("Fee per period: $4,000.00."), html);
        assertTrue(html.contains("Unused hours carry over to the next month, up to 10.00 h."), html);
        assertTrue(html.contains("Current period: November 2026"), html);
        assertTrue(html.contains("<dd id=\"cb-current-used\">12.50</dd>"), html);
        assertTrue(html.contains("<dd id=\"cb-current-remaining\" >27.50</dd>"), html);
        assertTrue(html.contains("<dd id=\"cb-current-carried-out\">10.00</dd>"), html);
        assertTrue(html.contains("<tr data-period=\"2026-09\" >"), html);
        assertTrue(html.contains("<tr data-period=\"2026-11\" class=\"cb-current\" aria-current=\"true\">"), html);
        assertTrue(html.contains("<td class=\"cb-overdrawn\">-2.00</td>"), "October overran: " + html);
        assertEquals(1, html.split("aui-lozenge-removed\">Locked<", -1).length - 1, "September is locked: " + html);
        assertFalse(html.contains("id=\"cb-periods\""), "the old months table gives way to the periods");
        assertFalse(html.contains("What a month leaves unused (or overruns) is shown as carry-over"), html);
    }

    @Test
    void theEditFormHoldsTheTermsForARetainerAndHidesThemForOtherTypes() {
        String html = render(page(budget(BudgetType.RETAINER), FakeRetainerPeriods.supportRetainer(7)));
        assertTrue(html.contains("<fieldset class=\"group cb-retainer-terms\" id=\"cb-retainer-terms\" >"), html);
        assertTrue(html.contains("<option value=\"MONTHLY\" selected>Monthly</option>"), html);
        assertTrue(html.contains("data-retainer=\"allowanceHours\"\n               data-retainer-given=\"true\" value=\"40.00\""), html);
        assertTrue(html.contains("value=\"4000.00\""), html);
        assertTrue(html.contains("<option value=\"CARRY_OVER\" selected>"), html);
        assertTrue(html.contains("<div class=\"field-group cb-retainer-cap\" >"), "the cap shows with a rule: " + html);
        assertTrue(html.contains("value=\"10.00\""), html);
        assertFalse(html.contains("name=\"retainer"), "the terms have no names: retainer-terms.js sends them as one object");

        String other = render(page(budget(BudgetType.TIME_AND_MATERIALS), FakeRetainerPeriods.supportRetainer(7)));
        assertTrue(other.contains("id=\"cb-retainer-terms\" hidden>"), other);
        assertFalse(other.contains("id=\"cb-retainer-periods\""), other);
    }

    @Test
    void aRetainerNotYetStartedSaysWhenItStarts() {
        Budget later = new Budget(7, 10, "Later", BudgetType.RETAINER, Currency.getInstance("USD"),
                LocalDate.parse("2027-01-01"), null, null, null, "pm", BudgetStatus.OPEN, true, true, false, false, 80, 100);
        FakeRetainerPeriods periods = new FakeRetainerPeriods().with(7, new io.github.clientbudgets.period.RetainerTerms(
                io.github.clientbudgets.period.PeriodKind.QUARTERLY, 120 * FakeRetainerPeriods.H, null,
                io.github.clientbudgets.period.Rollover.borrow(20 * FakeRetainerPeriods.H), LocalDate.parse("2027-01-01"),
                null), List.of());
        String html = render(page(later, periods));
        assertTrue(html.contains("id=\"cb-periods-not-started\""), html);
        assertTrue(html.contains("Each quarter includes 120.00 h."), html);
        assertTrue(html.contains("borrowed from the next quarter, up to 20.00 h."), html);
        assertFalse(html.contains("id=\"cb-period-history\""), html);
        assertTrue(html.contains("<option value=\"QUARTERLY\" selected>"), html);
    }

    @Test
    void theNewBudgetFormOnTheProjectPageHasTheTermsHiddenAndEmpty() {
        ProjectBudgetsPage page = new ProjectBudgetsPage("/jira", "ACME", EVIL, List.of(), true);
        String html = RENDERER.renderToString("templates/budgets/project-budgets-panel.vm",
                Map.of("page", page, "text", BundleText.create()));
        assertTrue(html.contains("id=\"cb-retainer-terms\" hidden>"), html);
        assertTrue(html.contains("<option value=\"MONTHLY\" >Monthly</option>"), html);
        assertTrue(html.contains("<div class=\"field-group cb-retainer-cap\" hidden>"), html);
        assertFalse(html.contains(EVIL));
    }
}
