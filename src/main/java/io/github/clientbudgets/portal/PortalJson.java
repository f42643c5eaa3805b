package io.github.clientbudgets.portal;

import io.github.clientbudgets.common.Hours;
import io.github.clientbudgets.common.Money;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The client-safe JSON shapes of the portal's REST API (ClientBudget, ClientSummary, ClientTimeEntry, ClientExpense), built
 * from the portal's own records only: there is no field here that could carry a cost rate, a pending figure or
 * another budget's data, and the comment and person keys appear only where the budget allows them.
 */
public final class PortalJson {
    private PortalJson() {
    }

    public static Map<String, Object> budget(ClientSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.budgetId());
        m.put("name", s.name());
        m.put("type", s.type());
        m.put("currency", s.currency().getCurrencyCode());
        m.put("totalAmount", Money.format(s.totalAmount()));
        m.put("usedAmount", Money.format(s.usedAmount()));
        m.put("remainingAmount", Money.format(s.remainingAmount()));
        m.put("totalHours", Hours.format(s.totalSeconds()));
        m.put("usedHours", Hours.format(s.usedSeconds()));
        m.put("remainingHours", Hours.format(s.remainingSeconds()));
        m.put("percentUsed", s.percentUsed());
        m.put("approvalRequired", s.approvalRequired());
        return m;
    }

    public static Map<String, Object> summary(ClientSummary s) {
        Map<String, Object> m = budget(s);
        m.put("budgetId", s.budgetId());
        m.put("expensesAmount", Money.format(s.expensesAmount()));
        m.put("services", s.services().stream().map(PortalJson::line).toList());
        return m;
    }

    private static Map<String, Object> line(ClientSummary.Line l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("serviceId", l.serviceId());
        m.put("name", l.name());
        m.put("billing", l.billing());
        m.put("budgetedHours", Hours.format(l.budgetedSeconds()));
        m.put("usedHours", Hours.format(l.usedSeconds()));
        m.put("remainingHours", Hours.format(l.remainingSeconds()));
        m.put("budgetedAmount", Money.format(l.budgetedAmount()));
        m.put("usedAmount", Money.format(l.usedAmount()));
        m.put("remainingAmount", Money.format(l.remainingAmount()));
        return m;
    }

    public static Map<String, Object> time(PortalService.TimeResult result, boolean comments, boolean names) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", result.total());
        m.put("totalHours", Hours.format(result.totalSeconds()));
        m.put("start", result.filter().start());
        m.put("limit", result.filter().limit());
        m.put("entries", result.rows().stream().map(r -> entry(r, comments, names)).toList());
        return m;
    }

    private static Map<String, Object> entry(ClientTimeRow row, boolean comments, boolean names) {
        ClientTimeEntry e = row.entry();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("date", e.date().toString());
        m.put("issueKey", row.issueKey());
        m.put("serviceId", e.serviceId());
        m.put("serviceName", row.serviceName());
        m.put("hours", Hours.format(e.seconds()));
        m.put("seconds", e.seconds());
        m.put("billable", e.billable());
        m.put("clientNote", e.clientNote());
        if (comments) {
            m.put("comment", e.comment());
        }
        if (names) {
            m.put("person", row.personName());
        }
        return m;
    }

    public static List<Map<String, Object>> expenses(List<ClientExpense> expenses) {
        return expenses.stream().map(x -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", x.id());
            m.put("date", x.date().toString());
            m.put("description", x.description());
            m.put("amount", Money.format(x.amount()));
            m.put("serviceId", x.serviceId());
            return m;
        }).toList();
    }
}
