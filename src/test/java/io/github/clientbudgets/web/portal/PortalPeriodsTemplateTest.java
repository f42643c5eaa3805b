package io.github.clientbudgets.web.portal;

import io.github.clientbudgets.devhost.plugin.PluginDescriptor;
import io.github.clientbudgets.devhost.web.HostTemplateRenderer;
import io.github.clientbudgets.devhost.web.VelocityAllowlist;
import io.github.clientbudgets.devhost.web.WebResources;
import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.format.TestFormats;
import io.github.clientbudgets.period.RetainerTerms;
import io.github.clientbudgets.portal.BurnUp;
import io.github.clientbudgets.portal.ClientSummary;
import io.github.clientbudgets.testing.BundleText;
import io.github.clientbudgets.testing.FakeRetainerPeriods;
import io.github.clientbudgets.web.page.PeriodsPanel;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal's Services tab of a retainer, rendered by the dev host's renderer as Jira renders it (escaping on,
 * allowlisted methods only): the current period and the history in the reader's formats, the CSV link keeping a
 * preview's viewAs, and no team-only column (no overage, no locked state, no rates).
 */
class PortalPeriodsTemplateTest {
    private static final String EVIL = "<script>alert(1)</script>";
    private static final Currency USD = Currency.getInstance("USD");
    private static final ClassLoader LOADER = PortalPeriodsTemplateTest.class.getClassLoader();
    private static final HostTemplateRenderer RENDERER = new HostTemplateRenderer(LOADER,
            VelocityAllowlist.of(PluginDescriptor.fromClasspath(LOADER)),
            new WebResources(PluginDescriptor.fromClasspath(LOADER), LOADER, Path.of("no-aui")));
    private static final LocalDate TODAY = LocalDate.parse("2026-11-20");

    private static PortalPage page(String tab, String viewAs, Formats formats) {
        ClientSummary summary = new ClientSummary(7, EVIL, "RETAINER", USD, new BigDecimal("4000.00"),
                new BigDecimal("0.00"), new BigDecimal("4000.00"), new BigDecimal("0.00"), 144000L, 45000, 99000L, 31,
                true, List.of());
        FakeRetainerPeriods periods = FakeRetainerPeriods.supportRetainer(7);
        RetainerTerms terms = periods.terms(7).orElseThrow();
        PortalPage page = new PortalPage("/jira", new PortalBudgetView(summary, formats), tab, viewAs, null,
                new BurnUpChart(new BurnUp(LocalDate.parse("2026-09-01"), TODAY, null, List.of()), formats), null, null,
                null);
        return page.withPeriods(PeriodsPanel.of(terms, periods.periods(7, TODAY), TODAY, USD, formats));
    }

    private static String render(PortalPage page, io.github.clientbudgets.i18n.I18nText text) {
        return RENDERER.renderToString("templates/portal/portal-budget.vm", Map.of("page", page, "text", text));
    }

    @Test
    void theServicesTabShowsTheCurrentPeriodAndTheHistoryWithTheNameEscaped() {
        String html = render(page("services", null, TestFormats.english()), BundleText.create());
        assertFalse(html.contains(EVIL), "user text must be escaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("id=\"cb-portal-periods\""), html);
        assertTrue(html.contains("Current period: November 2026"), html);
        assertTrue(html.contains("<dd id=\"cb-portal-current-used\">12.50</dd>"), html);
        assertTrue(html.contains("<dd id=\"cb-portal-current-allowance\">40.00 ($4,000.00)</dd>"), html);
        assertEquals(3, html.split("<tr data-period=", -1).length - 1, html);
        assertTrue(html.contains("<tr data-period=\"2026-11\" class=\"cb-current\" aria-current=\"true\">"), html);
        assertTrue(html.contains("href=\"/jira/plugins/servlet/client-budgets/portal/budget/7/periods.csv\""), html);
        // the periods' own section (the sign-off panel beside it may well speak of locked months)
        int start = html.indexOf("id=\"cb-portal-periods\"");
        String periods = html.substring(start, html.indexOf("</section>", start));
        assertFalse(periods.contains("Locked") || periods.contains("Over (h)") || periods.contains("cb-overdrawn"),
                "the team's columns stay the team's: " + periods);
        assertFalse(html.contains("A retainer renews every month"), "the old sentence gives way to the terms");
    }

    @Test
    void aPreviewsCsvLinkKeepsItsViewAs() {
        String html = render(page("services", "client", TestFormats.english()), BundleText.create());
        assertTrue(html.contains("href=\"/jira/plugins/servlet/client-budgets/portal/budget/7/periods.csv?viewAs=client\""),
                html);
    }

    @Test
    void theFiguresAreInTheReadersFormats() {
        String html = render(page("services", null, TestFormats.german()), BundleText.create());
        assertTrue(html.contains("<dd id=\"cb-portal-current-used\">12,50</dd>"), html);
        assertTrue(html.contains("<td>27,50</td>"), html);
    }

    @Test
    void otherTabsHaveNoPeriods() {
        PortalPage page = new PortalPage("/jira", new PortalBudgetView(new ClientSummary(7, "x", "RETAINER", USD,
                null, new BigDecimal("0.00"), null, new BigDecimal("0.00"), null, 0, null, null, false, List.of()),
                TestFormats.english()), "expenses", null, null,
                new BurnUpChart(new BurnUp(LocalDate.parse("2026-09-01"), TODAY, null, List.of()), TestFormats.english()),
                null, List.of(), null);
        String html = render(page, BundleText.create());
        assertFalse(html.contains("cb-portal-periods"), html);
    }
}
