package io.github.clientbudgets.web.team;

import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.web.page.SelectOption;

import java.util.List;

/**
 * One budget's entries on the Approvals page, by person, with the budget's services (a PM moves an entry to
 * another) and its hours.
 */
public final class BudgetGroup {
    private final long budgetId;
    private final String budgetName;
    private final String projectKey;
    private final String budgetUrl;
    private final List<PersonGroup> persons;
    private final List<SelectOption> services;
    private final Formats formats;

    public BudgetGroup(long budgetId, String budgetName, String projectKey, String budgetUrl, List<PersonGroup> persons,
                       List<SelectOption> services, Formats formats) {
        this.formats = formats;
        this.budgetId = budgetId;
        this.budgetName = budgetName;
        this.projectKey = projectKey;
        this.budgetUrl = budgetUrl;
        this.persons = List.copyOf(persons);
        this.services = List.copyOf(services);
    }

    public long getBudgetId() {
        return budgetId;
    }

    public String getBudgetName() {
        return budgetName;
    }

    public String getProjectKey() {
        return projectKey == null ? "" : projectKey;
    }

    public String getBudgetUrl() {
        return budgetUrl;
    }

    public List<PersonGroup> getPersons() {
        return persons;
    }

    public List<SelectOption> getServices() {
        return services;
    }

    public int getCount() {
        return persons.stream().mapToInt(PersonGroup::getCount).sum();
    }

    public String getHours() {
        return formats.hours(persons.stream().flatMap(p -> p.getEntries().stream()).mapToLong(e -> e.entry().seconds()).sum());
    }
}
