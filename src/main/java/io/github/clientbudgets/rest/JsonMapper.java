package io.github.clientbudgets.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.approval.BulkOutcome;
import io.github.clientbudgets.approval.EntryChanges;
import io.github.clientbudgets.timeentry.TimeEntry;
import io.github.clientbudgets.audit.AuditRecord;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetInput;
import io.github.clientbudgets.common.Errors;
import io.github.clientbudgets.common.Fields;
import io.github.clientbudgets.common.Hours;
import io.github.clientbudgets.common.Money;
import io.github.clientbudgets.expense.Expense;
import io.github.clientbudgets.expense.ExpenseInput;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.permission.ProjectRef;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.lineitem.LineItemInput;
import io.github.clientbudgets.summary.PeriodSummary;
import io.github.clientbudgets.summary.ServiceSummary;
import io.github.clientbudgets.summary.Summary;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;

import java.util.Map;

/**
 * JSON in and out, as plain maps (no Jackson annotations: whether Jira exports them to plugins is unknown). Money
 * and hours travel as decimal strings; a JSON number with a fraction is refused rather than read as a double.
 */
public class JsonMapper {
    private final Permissions permissions;
    private final I18nResolver i18n;

    public JsonMapper(Permissions permissions) {
        this(permissions, null);
    }

    public JsonMapper(Permissions permissions, I18nResolver i18n) {
        this.permissions = permissions;
        this.i18n = i18n;
    }

    // ----- out

    public Map<String, Object> budget(Budget b, boolean canManage) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", b.id());
        m.put("projectId", b.projectId());
        m.put("projectKey", permissions.projectById(b.projectId()).map(ProjectRef::key).orElse(null));
        m.put("name", b.name());
        m.put("type", b.type().name());
        m.put("currency", b.currency().getCurrencyCode());
        m.put("totalAmount", Money.format(b.totalAmount()));
        m.put("totalHours", Hours.format(b.totalSeconds()));
        m.put("startDate", Fields.iso(b.startDate()));
        m.put("endDate", Fields.iso(b.endDate()));
        m.put("ownerKey", b.ownerKey());
        m.put("ownerName", b.ownerKey() == null ? null : permissions.displayName(b.ownerKey()));
        m.put("status", b.status().name());
        m.put("approvalRequired", b.approvalRequired());
        m.put("clientAccess", b.clientAccess());
        m.put("showPersonNames", b.showPersonNames());
        m.put("showComments", b.showComments());
        m.put("alertWarnPercent", b.alertWarnPercent());
        m.put("alertCriticalPercent", b.alertCriticalPercent());
        m.put("version", b.version());
        m.put("canManage", canManage);
        return m;
    }

    public Map<String, Object> service(LineItem s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("budgetId", s.budgetId());
        m.put("name", s.name());
        m.put("billing", s.billing().name());
        m.put("budgetedHours", Hours.format(s.budgetedSeconds()));
        m.put("rate", Money.format(s.rate()));
        m.put("costRate", Money.format(s.costRate())); // team endpoints only: never on a client's
        m.put("isDefault", s.isDefault());
        m.put("version", s.version());
        return m;
    }

    public Map<String, Object> expense(Expense x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", x.id());
        m.put("budgetId", x.budgetId());
        m.put("serviceId", x.serviceId());
        m.put("date", Fields.iso(x.date()));
        m.put("description", x.description());
        m.put("amount", Money.format(x.amount()));
        m.put("billable", x.billable());
        m.put("markupPercent", Money.format(x.markupPercent()));
        m.put("status", x.status().name());
        m.put("authorKey", x.authorKey());
        m.put("rejectionReason", x.rejectionReason());
        m.put("version", x.version());
        return m;
    }

    public Map<String, Object> summary(Summary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("budgetId", s.budgetId());
        m.put("currency", s.currency().getCurrencyCode());
        m.put("totalAmount", Money.format(s.totalAmount()));
        m.put("usedAmount", Money.format(s.usedAmount()));
        m.put("remainingAmount", Money.format(s.remainingAmount()));
        m.put("expensesAmount", Money.format(s.expensesAmount()));
        m.put("totalHours", Hours.format(s.totalSeconds()));
        m.put("usedHours", Hours.format(s.usedSeconds()));
        m.put("pendingHours", Hours.format(s.pendingSeconds()));
        m.put("remainingHours", Hours.format(s.remainingSeconds()));
        m.put("percentUsed", s.percentUsed());
        m.put("pendingAmount", Money.format(s.pendingAmount()));
        m.put("services", s.services().stream().map(this::serviceSummary).toList());
        m.put("periods", s.periods().stream().map(this::period).toList());
        return m;
    }

    private Map<String, Object> serviceSummary(ServiceSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("serviceId", s.serviceId());
        m.put("name", s.name());
        m.put("billing", s.billing().name());
        m.put("budgetedHours", Hours.format(s.budgetedSeconds()));
        m.put("usedHours", Hours.format(s.usedSeconds()));
        m.put("billableHours", Hours.format(s.usedBillableSeconds()));
        m.put("usedAmount", Money.format(s.usedAmount()));
        m.put("pendingHours", Hours.format(s.pendingSeconds()));
        m.put("pendingAmount", Money.format(s.pendingAmount()));
        return m;
    }

    private Map<String, Object> period(PeriodSummary p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("month", p.month().toString());
        m.put("current", p.current());
        m.put("allowance", Money.format(p.allowance()));
        m.put("usedAmount", Money.format(p.usedAmount()));
        m.put("usedHours", Hours.format(p.usedSeconds()));
        m.put("pendingHours", Hours.format(p.pendingSeconds()));
        m.put("carryOver", Money.format(p.carryOver()));
        return m;
    }

    public Map<String, Object> audit(AuditRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("when", r.when().toString());
        m.put("authorKey", r.authorKey());
        m.put("authorName", r.authorKey() == null ? null : permissions.displayName(r.authorKey()));
        m.put("objectType", r.objectType());
        m.put("objectId", r.objectId());
        m.put("action", r.action());
        m.put("field", r.field());
        m.put("from", r.from());
        m.put("to", r.to());
        m.put("reason", r.reason());
        return m;
    }

    /** The team's view of an entry (contract's TimeEntry, plus the snapshot and the revision). */
    public Map<String, Object> timeEntry(TimeEntry e, String issueKey, Long budgetId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("worklogId", e.worklogId());
        m.put("issueKey", issueKey);
        m.put("budgetId", budgetId);
        m.put("authorKey", e.authorKey());
        m.put("authorName", e.authorKey() == null ? null : permissions.displayName(e.authorKey()));
        m.put("started", e.started().toString());
        m.put("workDay", Fields.iso(e.workDay()));
        m.put("seconds", e.seconds());
        m.put("hours", Hours.format(e.seconds()));
        m.put("serviceId", e.serviceId());
        m.put("billable", e.billable());
        m.put("status", e.status().name());
        m.put("revision", e.revision().name());
        m.put("clientNote", e.clientNote());
        m.put("comment", e.comment());
        m.put("reviewerKey", e.review().reviewerKey());
        m.put("reviewedAt", e.review().reviewedAt() == null ? null : e.review().reviewedAt().toString());
        m.put("rejectionReason", e.status() == ApprovalStatus.REJECTED ? e.review().rejectionReason() : null);
        if (e.approved() != null) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("seconds", e.approved().seconds());
            a.put("workDay", Fields.iso(e.approved().day()));
            a.put("serviceId", e.approved().serviceId());
            a.put("billable", e.approved().billable());
            m.put("approved", a);
        }
        return m;
    }

    public Map<String, Object> bulkOutcome(BulkOutcome outcome, String succeededField) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(succeededField, outcome.succeeded());
        m.put("failed", outcome.failed().stream().map(f -> {
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("id", f.id());
            failure.put("reason", f.reason().name());
            failure.put("message", i18nText(f.reason().i18nKey()));
            return failure;
        }).toList());
        return m;
    }

    private String i18nText(String key) {
        return i18n == null ? key : i18n.getText(key);
    }

    /** A PM's changes of an entry: serviceId (null = back to automatic), billable, clientNote (null or "" = none). */
    public EntryChanges entryChanges(Map<String, Object> body) {
        Map<String, Object> json = body == null ? Map.of() : body;
        Errors errors = new Errors();
        Long serviceId = id(json, "serviceId", errors);
        Boolean billable = bool(json, "billable", errors);
        String note = text(json, "clientNote", errors);
        errors.throwIfAny();
        return new EntryChanges(serviceId, json.containsKey("serviceId") && json.get("serviceId") == null, billable,
                note, json.containsKey("clientNote") && (note == null || note.isBlank()));
    }

    /** {"ids":[1,2,3], "reason":"..."}: ids must be positive whole numbers. */
    public List<Long> ids(Map<String, Object> body) {
        Errors errors = new Errors();
        Object raw = body == null ? null : body.get("ids");
        List<Long> ids = new java.util.ArrayList<>();
        if (!(raw instanceof List<?> list)) {
            errors.add("ids", "client-budgets.error.ids.empty");
        } else {
            for (Object v : list) {
                if ((v instanceof Integer || v instanceof Long) && ((Number) v).longValue() > 0) {
                    ids.add(((Number) v).longValue());
                } else {
                    errors.add("ids", "client-budgets.error.id");
                }
            }
        }
        errors.throwIfAny();
        return ids;
    }

    public String optionalText(Map<String, Object> body, String field) {
        Errors errors = new Errors();
        String value = text(body == null ? Map.of() : body, field, errors);
        errors.throwIfAny();
        return value;
    }

    // ----- in

    public BudgetInput budgetInput(Map<String, Object> body) {
        Errors errors = new Errors();
        Map<String, Object> json = body == null ? Map.of() : body;
        BudgetInput in = new BudgetInput();
        in.projectKey = text(json, "projectKey", errors);
        in.name = text(json, "name", errors);
        in.type = text(json, "type", errors);
        in.currency = text(json, "currency", errors);
        in.startDate = text(json, "startDate", errors);
        in.endDate = text(json, "endDate", errors);
        in.totalAmount = decimal(json, "totalAmount", errors);
        in.totalHours = decimal(json, "totalHours", errors);
        in.ownerKey = text(json, "ownerKey", errors);
        in.status = text(json, "status", errors);
        in.approvalRequired = bool(json, "approvalRequired", errors);
        in.clientAccess = bool(json, "clientAccess", errors);
        in.showPersonNames = bool(json, "showPersonNames", errors);
        in.showComments = bool(json, "showComments", errors);
        in.alertWarnPercent = integer(json, "alertWarnPercent", errors);
        in.alertCriticalPercent = integer(json, "alertCriticalPercent", errors);
        in.version = integer(json, "version", errors);
        errors.throwIfAny();
        return in;
    }

    public LineItemInput serviceInput(Map<String, Object> body) {
        Errors errors = new Errors();
        Map<String, Object> json = body == null ? Map.of() : body;
        LineItemInput in = new LineItemInput();
        in.name = text(json, "name", errors);
        in.billing = text(json, "billing", errors);
        in.budgetedHours = decimal(json, "budgetedHours", errors);
        in.rate = decimal(json, "rate", errors);
        in.costRate = decimal(json, "costRate", errors);
        in.isDefault = bool(json, "isDefault", errors);
        in.version = integer(json, "version", errors);
        errors.throwIfAny();
        return in;
    }

    public ExpenseInput expenseInput(Map<String, Object> body) {
        Errors errors = new Errors();
        Map<String, Object> json = body == null ? Map.of() : body;
        ExpenseInput in = new ExpenseInput();
        in.serviceId = id(json, "serviceId", errors);
        in.date = text(json, "date", errors);
        in.description = text(json, "description", errors);
        in.amount = decimal(json, "amount", errors);
        in.billable = bool(json, "billable", errors);
        in.markupPercent = decimal(json, "markupPercent", errors);
        in.version = integer(json, "version", errors);
        errors.throwIfAny();
        return in;
    }

    /** A required boolean, for the toggles. */
    public boolean requiredFlag(Map<String, Object> body, String field) {
        Errors errors = new Errors();
        Boolean value = bool(body == null ? Map.of() : body, field, errors);
        if (value == null) {
            errors.add(field, "client-budgets.error.boolean");
        }
        errors.throwIfAny();
        return value;
    }

    /** An id that may be null, present or absent (absent = null). */
    public Long optionalId(Map<String, Object> body, String field) {
        Errors errors = new Errors();
        Long value = id(body == null ? Map.of() : body, field, errors);
        errors.throwIfAny();
        return value;
    }

    private static String text(Map<String, Object> json, String field, Errors errors) {
        Object v = json.get(field);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        errors.add(field, "client-budgets.error.string");
        return null;
    }

    /** Decimal strings, or whole JSON numbers; never a double. */
    private static String decimal(Map<String, Object> json, String field, Errors errors) {
        Object v = json.get(field);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof BigInteger) {
            return v.toString();
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        errors.add(field, "client-budgets.error.decimalString");
        return null;
    }

    private static Boolean bool(Map<String, Object> json, String field, Errors errors) {
        Object v = json.get(field);
        if (v == null || v instanceof Boolean) {
            return (Boolean) v;
        }
        errors.add(field, "client-budgets.error.boolean");
        return null;
    }

    private static Integer integer(Map<String, Object> json, String field, Errors errors) {
        Object v = json.get(field);
        if (v == null || v instanceof Integer) {
            return (Integer) v;
        }
        errors.add(field, "client-budgets.error.integer");
        return null;
    }

    private static Long id(Map<String, Object> json, String field, Errors errors) {
        Object v = json.get(field);
        if (v == null) {
            return null;
        }
        if ((v instanceof Integer || v instanceof Long) && ((Number) v).longValue() > 0) {
            return ((Number) v).longValue();
        }
        errors.add(field, "client-budgets.error.id");
        return null;
    }

}
