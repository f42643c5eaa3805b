package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.common.Hours;
import io.github.clientbudgets.common.Money;
import io.github.clientbudgets.forecast.Basis;
import io.github.clientbudgets.forecast.Forecast;
import io.github.clientbudgets.portal.ClientExpense;
import io.github.clientbudgets.portal.ClientSummary;
import io.github.clientbudgets.portal.ClientTimeEntry;
import io.github.clientbudgets.portal.ClientTimeRow;
import io.github.clientbudgets.portal.PortalService;

import java.util.List;

/**
 * The client-safe JSON of the portal, built from the portal's own records only: there is no field here that could
 * carry a cost rate, a pending figure or another budget's data, and the comment and person appear only where the
 * budget allows them.
 */
public class PortalJsonMapper {

    public ClientBudgetJson budget(ClientSummary s) {
        return new ClientBudgetJson(s.budgetId(), s.name(), s.type(), s.currency().getCurrencyCode(),
                Money.format(s.totalAmount()), Money.format(s.usedAmount()), Money.format(s.remainingAmount()),
                Hours.format(s.totalSeconds()), Hours.format(s.usedSeconds()), Hours.format(s.remainingSeconds()),
                s.percentUsed(), s.approvalRequired());
    }

    public ClientSummaryJson summary(ClientSummary s) {
        return summary(s, null);
    }

    /**
     * @param forecast the approved-only forecast where the budget shows it to the client, else null
     * @throws IllegalArgumentException for a forecast that counts pending time: a client never sees one
     */
    public ClientSummaryJson summary(ClientSummary s, Forecast forecast) {
        if (forecast != null && forecast.basis() != Basis.APPROVED) {
            throw new IllegalArgumentException("A client sees the approved-only forecast, not " + forecast.basis());
        }
        return new ClientSummaryJson(s.budgetId(), s.name(), s.type(), s.currency().getCurrencyCode(),
                Money.format(s.totalAmount()), Money.format(s.usedAmount()), Money.format(s.remainingAmount()),
                Hours.format(s.totalSeconds()), Hours.format(s.usedSeconds()), Hours.format(s.remainingSeconds()),
                s.percentUsed(), s.approvalRequired(), s.budgetId(), Money.format(s.expensesAmount()),
                s.services().stream().map(PortalJsonMapper::line).toList(), ForecastJson.of(forecast));
    }

    private static ClientSummaryJson.Line line(ClientSummary.Line l) {
        return new ClientSummaryJson.Line(l.serviceId(), l.name(), l.billing(), Hours.format(l.budgetedSeconds()),
                Hours.format(l.usedSeconds()), Hours.format(l.remainingSeconds()), Money.format(l.budgetedAmount()),
                Money.format(l.usedAmount()), Money.format(l.remainingAmount()));
    }

    /** @param comments whether the budget shows comments; @param names whether it shows who worked */
    public ClientTimeJson time(PortalService.TimeResult result, boolean comments, boolean names) {
        return new ClientTimeJson(result.total(), Hours.format(result.totalSeconds()), result.filter().start(),
                result.filter().limit(), result.rows().stream().map(r -> entry(r, comments, names)).toList());
    }

    private static ClientTimeJson.Entry entry(ClientTimeRow row, boolean comments, boolean names) {
        ClientTimeEntry e = row.entry();
        return new ClientTimeJson.Entry(e.id(), e.date().toString(), row.issueKey(), e.serviceId(), row.serviceName(),
                Hours.format(e.seconds()), e.seconds(), e.billable(), e.clientNote(),
                comments ? new ClientTimeJson.Shown<>(e.comment()) : null,
                names ? new ClientTimeJson.Shown<>(row.personName()) : null);
    }

    public List<ClientExpenseJson> expenses(List<ClientExpense> expenses) {
        return expenses.stream().map(x -> new ClientExpenseJson(x.id(), x.date().toString(), x.description(),
                Money.format(x.amount()), x.serviceId())).toList();
    }
}
