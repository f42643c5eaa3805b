package io.github.clientbudgets.web.team;

import io.github.clientbudgets.web.page.ForecastView;

import java.util.List;

/** The model of one budget's page. */
public final class BudgetPage {
    private final String baseUrl;
    private final String projectKey;
    private final String projectName;
    private final BudgetView budget;
    private final List<ServiceView> services;
    private final List<ExpenseView> expenses;
    private final List<PeriodView> periods;
    private final HistoryPanel history;
    private final LockPanel locks;
    private final List<EntryRow> time;
    private ForecastView forecast;
    private ForecastView forecastWithPending;

    public BudgetPage(String baseUrl, String projectKey, String projectName, BudgetView budget,
                      List<ServiceView> services, List<ExpenseView> expenses, List<PeriodView> periods,
                      HistoryPanel history) {
        this(baseUrl, projectKey, projectName, budget, services, expenses, periods, history, LockPanel.NONE, List.of());
    }

    public BudgetPage(String baseUrl, String projectKey, String projectName, BudgetView budget,
                      List<ServiceView> services, List<ExpenseView> expenses, List<PeriodView> periods,
                      HistoryPanel history, LockPanel locks, List<EntryRow> time) {
        this.locks = locks;
        this.time = List.copyOf(time);
        this.baseUrl = baseUrl;
        this.projectKey = projectKey;
        this.projectName = projectName;
        this.budget = budget;
        this.services = List.copyOf(services);
        this.expenses = List.copyOf(expenses);
        this.periods = List.copyOf(periods);
        this.history = history;
    }

    /** Adds the budget's forecasts (approved time only, and with pending time); a page without has none. */
    BudgetPage withForecast(ForecastView approved, ForecastView withPending) {
        this.forecast = approved;
        this.forecastWithPending = withPending;
        return this;
    }

    /** The forecast from approved time; null when the budget has no total hours. */
    public ForecastView getForecast() {
        return forecast;
    }

    /** The forecast with pending time counted as used; null when the budget has no total hours. */
    public ForecastView getForecastWithPending() {
        return forecastWithPending;
    }

    /** The budget's newest time entries (at most {@value BudgetPageModels#TIME_LINES}). */
    public List<EntryRow> getTime() {
        return time;
    }

    public boolean isHasTimeEntries() {
        return !time.isEmpty();
    }

    public LockPanel getLocks() {
        return locks;
    }

    /** The latest changes as sentences, newest first, and their filter by kind. */
    public HistoryPanel getHistory() {
        return history;
    }

    public boolean isHasHistory() {
        return history.isShown();
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String getProjectKey() {
        return projectKey;
    }

    public String getProjectName() {
        return projectName;
    }

    public BudgetView getBudget() {
        return budget;
    }

    public List<ServiceView> getServices() {
        return services;
    }

    public boolean isHasServices() {
        return !services.isEmpty();
    }

    public List<ExpenseView> getExpenses() {
        return expenses;
    }

    /** Whether the caller reviews any expense shown (the table then has a column for his decisions). */
    public boolean isHasExpenseDecisions() {
        return expenses.stream().anyMatch(ExpenseView::isDecidable);
    }

    public boolean isHasExpenses() {
        return !expenses.isEmpty();
    }

    public List<PeriodView> getPeriods() {
        return periods;
    }

    public boolean isHasPeriods() {
        return !periods.isEmpty();
    }
}
