package io.github.clientbudgets.attribution;

import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.service.Service;

import java.util.List;
import java.util.Optional;

/**
 * What attribution and the approval rule read about budgets: the budget store answers from the database, a
 * resync's {@link BatchAttributionFacts} from what it read once for a batch of worklogs. Deleted budgets are absent.
 */
public interface AttributionFacts {
    Optional<Long> assignedService(long issueId);

    Optional<Service> service(long serviceId);

    Optional<Budget> budget(long id);

    List<Budget> budgetsOfProject(long projectId);

    List<Service> services(long budgetId);
}
