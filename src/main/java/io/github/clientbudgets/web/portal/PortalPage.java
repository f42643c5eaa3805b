package io.github.clientbudgets.web.portal;

import io.github.clientbudgets.common.AppUrls;
import io.github.clientbudgets.web.page.ForecastView;
import io.github.clientbudgets.web.page.SelectOption;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model of one budget's portal page (client or PM preview). Holds only client-safe views; links keep the
 * preview's {@code viewAs} and the Time tab's filter, so that the page works without any script.
 */
public final class PortalPage {
    /** What the Time tab shows; null on the other tabs. */
    public record Time(List<PortalTimeRowView> rows, long total, String totalHours, String from, String to,
                       String serviceId, int start, int limit, List<SelectOption> services, boolean comments,
                       boolean persons, Map<String, String> errors) {
    }

    private final String baseUrl;
    private final PortalBudgetView budget;
    private final String tab;
    private final String viewAs;
    private final String previewName;
    private final BurnUpChart chart;
    private final Time time;
    private final List<PortalExpenseView> expenses;
    private final List<AccessConditionView> refused;
    private ForecastView forecast;

    PortalPage(String baseUrl, PortalBudgetView budget, String tab, String viewAs, String previewName,
               BurnUpChart chart, Time time, List<PortalExpenseView> expenses, List<AccessConditionView> refused) {
        this.baseUrl = baseUrl;
        this.budget = budget;
        this.tab = tab;
        this.viewAs = viewAs;
        this.previewName = previewName;
        this.chart = chart;
        this.time = time;
        this.expenses = expenses;
        this.refused = refused;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public PortalBudgetView getBudget() {
        return budget;
    }

    public String getTab() {
        return tab;
    }

    public boolean isPreview() {
        return viewAs != null;
    }

    /** The previewed client's name ("" for a generic client). */
    public String getPreviewName() {
        return previewName == null ? "" : previewName;
    }

    public boolean isGenericPreview() {
        return viewAs != null && viewAs.isEmpty();
    }

    public String getViewAs() {
        return viewAs == null ? "" : viewAs;
    }

    /** A preview the chosen client couldn't see: the conditions instead of the page. */
    public boolean isRefused() {
        return refused != null;
    }

    public List<AccessConditionView> getRefusedConditions() {
        return refused == null ? List.of() : refused;
    }

    public String getTeamUrl() {
        return budget == null ? "" : AppUrls.budget(baseUrl, budget.getId());
    }

    public String getHomeUrl() {
        return baseUrl + AppUrls.PORTAL;
    }

    public BurnUpChart getChart() {
        return chart;
    }

    /** Adds the forecast the client sees (approved time only, where the budget shows it); null for none. */
    PortalPage withForecast(ForecastView shown) {
        this.forecast = shown;
        return this;
    }

    /** The approved-only forecast; null when the budget does not show it (or has no total hours). */
    public ForecastView getForecast() {
        return forecast;
    }

    public String getTabUrl(String name) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("tab", name);
        return url("", q);
    }

    // ----- Time tab

    public boolean isTimeTab() {
        return time != null;
    }

    public List<PortalTimeRowView> getRows() {
        return time == null ? List.of() : time.rows();
    }

    public boolean isHasRows() {
        return time != null && !time.rows().isEmpty();
    }

    public long getTotal() {
        return time == null ? 0 : time.total();
    }

    public String getTotalHours() {
        return time == null ? "" : time.totalHours();
    }

    public String getFrom() {
        return time == null || time.from() == null ? "" : time.from();
    }

    public String getTo() {
        return time == null || time.to() == null ? "" : time.to();
    }

    public List<SelectOption> getServiceOptions() {
        return time == null ? List.of() : time.services();
    }

    public boolean isShowComments() {
        return time != null && time.comments();
    }

    public boolean isShowPersons() {
        return time != null && time.persons();
    }

    /** The filter's error for a field ("" when none): the text, already translated. */
    public String getError(String field) {
        return time == null ? "" : time.errors().getOrDefault(field, "");
    }

    public boolean isHasErrors() {
        return time != null && !time.errors().isEmpty();
    }

    /** "1–50 of 120" as numbers for the i18n text. */
    public String getRange() {
        if (time == null || time.total() == 0) {
            return "";
        }
        return (time.start() + 1) + "–" + Math.min(time.total(), (long) time.start() + time.rows().size());
    }

    public boolean isHasPrevious() {
        return time != null && time.start() > 0;
    }

    public boolean isHasNext() {
        return time != null && (long) time.start() + time.limit() < time.total();
    }

    public String getPreviousUrl() {
        return time == null ? "" : timeUrl("", Math.max(0, time.start() - time.limit()));
    }

    public String getNextUrl() {
        return time == null ? "" : timeUrl("", time.start() + time.limit());
    }

    public String getCsvUrl() {
        return time == null ? "" : timeUrl("/time.csv", -1);
    }

    /** The empty state's i18n key: what "nothing here" means for this budget and filter. */
    public String getEmptyKey() {
        boolean filtered = time != null && (time.from() != null || time.to() != null || time.serviceId() != null);
        if (budget != null && budget.isApprovalRequired()) {
            return filtered ? "client-budgets.portal.time.empty.approved.filtered" : "client-budgets.portal.time.empty.approved";
        }
        return filtered ? "client-budgets.portal.time.empty.filtered" : "client-budgets.portal.time.empty";
    }

    // ----- Expenses tab

    public boolean isExpensesTab() {
        return expenses != null;
    }

    public List<PortalExpenseView> getExpenses() {
        return expenses == null ? List.of() : expenses;
    }

    public boolean isHasExpenses() {
        return expenses != null && !expenses.isEmpty();
    }

    public boolean isServicesTab() {
        return "services".equals(tab);
    }

    private String timeUrl(String suffix, int start) {
        Map<String, String> q = new LinkedHashMap<>();
        if (suffix.isEmpty()) {
            q.put("tab", "time");
        }
        q.put("from", time.from());
        q.put("to", time.to());
        q.put("serviceId", time.serviceId());
        if (start > 0) {
            q.put("start", String.valueOf(start));
        }
        return url(suffix, q);
    }

    private String url(String suffix, Map<String, String> query) {
        StringBuilder sb = new StringBuilder(AppUrls.portalBudget(baseUrl, budget.getId())).append(suffix);
        char sep = '?';
        for (Map.Entry<String, String> e : query.entrySet()) {
            if (e.getValue() != null && !e.getValue().isEmpty()) {
                sb.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
                sep = '&';
            }
        }
        if (viewAs != null) {
            sb.append(sep).append("viewAs=").append(URLEncoder.encode(viewAs, StandardCharsets.UTF_8));
        }
        return sb.toString();
    }
}
