package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.common.Hours;
import io.github.clientbudgets.common.Money;
import io.github.clientbudgets.lineitem.LineItem;

import java.util.List;
import java.util.Optional;

/** Services of budgets, and an issue's service, as the team's REST shows them. */
public class ServiceJsonMapper {

    public ServiceJson service(LineItem s) {
        return new ServiceJson(s.id(), s.budgetId(), s.name(), s.billing().name(), Hours.format(s.budgetedSeconds()),
                Money.format(s.rate()), Money.format(s.costRate()), s.isDefault(), s.version());
    }

    public IssueServiceJson issueService(String issueKey, Optional<LineItem> assigned, List<LineItem> assignable) {
        return new IssueServiceJson(issueKey, assigned.map(LineItem::id).orElse(null),
                assigned.map(this::service).orElse(null), assignable.stream().map(this::service).toList());
    }
}
