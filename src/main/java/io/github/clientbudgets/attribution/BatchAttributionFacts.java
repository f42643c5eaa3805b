package io.github.clientbudgets.attribution;

import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.service.Service;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The budget facts of one project and one batch of its issues, read once: a resync attributes a thousand worklogs
 * against the same few budgets, which would otherwise cost about ten look-ups a worklog. Anything outside what was
 * read (an explicit service of another project's budget, an issue outside the batch) is asked of the store, so the
 * answers are the store's own; they are as fresh as the batch, which lives for a few milliseconds.
 */
public final class BatchAttributionFacts implements AttributionFacts {
    private final BudgetStore store;
    private final long projectId;
    private final List<Budget> budgetsOfProject;
    private final Map<Long, Budget> budgets = new HashMap<>();
    private final Map<Long, List<Service>> servicesOfBudget = new HashMap<>();
    private final Map<Long, Service> services = new HashMap<>();
    private final Set<Long> issuesRead;
    private final Map<Long, Long> assignments;

    private BatchAttributionFacts(BudgetStore store, long projectId, Collection<Long> issueIds) {
        this.store = store;
        this.projectId = projectId;
        this.budgetsOfProject = store.budgetsOfProject(projectId);
        for (Budget budget : budgetsOfProject) {
            budgets.put(budget.id(), budget);
            List<Service> ofBudget = store.services(budget);
            servicesOfBudget.put(budget.id(), ofBudget);
            ofBudget.forEach(s -> services.put(s.id(), s));
        }
        this.issuesRead = new HashSet<>(issueIds);
        this.assignments = store.assignedServices(issuesRead);
    }

    /** Reads the project's budgets and services and the assignments of these issues (include sub-tasks' parents). */
    public static BatchAttributionFacts read(BudgetStore store, long projectId, Collection<Long> issueIds) {
        return new BatchAttributionFacts(store, projectId, issueIds);
    }

    @Override
    public Optional<Long> assignedService(long issueId) {
        return issuesRead.contains(issueId) ? Optional.ofNullable(assignments.get(issueId)) : store.assignedService(issueId);
    }

    @Override
    public Optional<Service> service(long serviceId) {
        Service known = services.get(serviceId);
        return known != null ? Optional.of(known) : store.service(serviceId);
    }

    @Override
    public Optional<Budget> budget(long id) {
        Budget known = budgets.get(id);
        return known != null ? Optional.of(known) : store.budget(id);
    }

    @Override
    public List<Budget> budgetsOfProject(long projectId) {
        return projectId == this.projectId ? budgetsOfProject : store.budgetsOfProject(projectId);
    }

    @Override
    public List<Service> services(long budgetId) {
        List<Service> known = servicesOfBudget.get(budgetId);
        return known != null ? known : store.services(budgetId);
    }
}
