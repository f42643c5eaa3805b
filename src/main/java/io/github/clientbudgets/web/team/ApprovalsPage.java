package io.github.clientbudgets.web.team;

import io.github.clientbudgets.web.page.SelectOption;

import java.util.List;

/**
 * The Approvals page: what waits for the caller's review (pending entries, approved entries with a pending
 * revision) across the budgets he approves for, grouped by budget and person, and the filter form's state.
 */
public final class ApprovalsPage {
    private final String baseUrl;
    private final List<BudgetGroup> groups;
    private final long total;
    private final Filters filters;
    private final List<ExpenseView> expenses;

    /** The filter form as submitted, and its choices. */
    public record Filters(List<SelectOption> budgets, List<SelectOption> persons, List<SelectOption> services, String from, String to,
                          boolean any) {
    }

    public ApprovalsPage(String baseUrl, List<BudgetGroup> groups, long total, Filters filters) {
        this(baseUrl, groups, total, filters, List.of());
    }

    public ApprovalsPage(String baseUrl, List<BudgetGroup> groups, long total, Filters filters, List<ExpenseView> expenses) {
        this.expenses = List.copyOf(expenses);
        this.baseUrl = baseUrl;
        this.groups = List.copyOf(groups);
        this.total = total;
        this.filters = filters;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /** Expenses waiting for the caller's decision, oldest first. */
    public List<ExpenseView> getExpenses() {
        return expenses;
    }

    public boolean isHasExpenses() {
        return !expenses.isEmpty();
    }

    public List<BudgetGroup> getGroups() {
        return groups;
    }

    public boolean isHasEntries() {
        return !groups.isEmpty();
    }

    public int getShown() {
        return groups.stream().mapToInt(BudgetGroup::getCount).sum();
    }

    public long getTotal() {
        return total;
    }

    /** More entries wait than the page shows (the queue reads at most 1,000). */
    public boolean isTruncated() {
        return total > getShown();
    }

    public List<SelectOption> getBudgetOptions() {
        return filters.budgets();
    }

    public List<SelectOption> getPersonOptions() {
        return filters.persons();
    }

    public List<SelectOption> getServiceOptions() {
        return filters.services();
    }

    public String getFrom() {
        return filters.from() == null ? "" : filters.from();
    }

    public String getTo() {
        return filters.to() == null ? "" : filters.to();
    }

    /** A filter is set: an empty page then says "nothing matches", not "nothing waits". */
    public boolean isFiltered() {
        return filters.any();
    }
}
