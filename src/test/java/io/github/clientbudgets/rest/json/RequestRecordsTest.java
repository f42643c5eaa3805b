package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The request records read bodies as JsonBody parsed them; a field of the wrong type is a 400 naming that field. */
class RequestRecordsTest {

    /** The fields the refusal names, each with its message key. */
    private static Map<String, String> refused(Executable read) {
        ValidationException e = assertThrows(ValidationException.class, read);
        Map<String, String> keys = new java.util.LinkedHashMap<>();
        e.errors().forEach((field, message) -> keys.put(field, message.key()));
        return keys;
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @Test
    void aBudgetBodyReadsEveryFieldAndDecimalsAsText() {
        BudgetRequest r = BudgetRequest.from(body("projectKey", "ACME", "name", "Web", "totalAmount", "10.50",
                "totalHours", 20, "approvalRequired", true, "alertWarnPercent", 70, "version", 3,
                "unknownField", "ignored"));
        assertEquals("ACME", r.projectKey());
        assertEquals("10.50", r.totalAmount());
        assertEquals("20", r.totalHours());
        assertEquals(true, r.approvalRequired());
        assertEquals(70, r.alertWarnPercent());
        assertEquals(3, r.toInput().version);
        assertEquals("Web", r.toInput().name);
        assertNull(r.endDate());
        assertEquals(new BudgetRequest(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null), BudgetRequest.from(null));
    }

    @Test
    void aBudgetBodyOfWrongTypesNamesEveryBadField() {
        assertEquals(Map.of("name", "client-budgets.error.string", "totalAmount", "client-budgets.error.decimalString",
                "clientAccess", "client-budgets.error.boolean", "alertWarnPercent", "client-budgets.error.integer",
                "version", "client-budgets.error.integer"),
                refused(() -> BudgetRequest.from(body("name", 7, "totalAmount", 1.5, "clientAccess", "yes",
                        "alertWarnPercent", "70", "version", 1L << 40))));
    }

    @Test
    void wholeNumbersOfAnySizeAreDecimalsAndAnExactFractionIsWrittenPlainly() {
        ServiceRequest r = ServiceRequest.from(body("rate", new BigInteger("123456789012345678901234567890"),
                "costRate", new BigDecimal("1E+2"), "budgetedHours", 5L));
        assertEquals("123456789012345678901234567890", r.rate());
        assertEquals("100", r.costRate());
        assertEquals("5", r.budgetedHours());
        assertEquals(Map.of("rate", "client-budgets.error.decimalString", "isDefault", "client-budgets.error.boolean"),
                refused(() -> ServiceRequest.from(body("rate", 9.5, "isDefault", 1))));
    }

    @Test
    void aServiceBodyBecomesTheLineItemInput() {
        var in = ServiceRequest.from(body("name", "Dev", "billing", "HOURLY", "rate", "90", "isDefault", true,
                "version", 2)).toInput();
        assertEquals(List.of("Dev", "HOURLY", "90", true, 2), Arrays.asList(in.name, in.billing, in.rate, in.isDefault,
                in.version));
    }

    @Test
    void anExpenseServiceIdIsAPositiveWholeNumber() {
        assertEquals(12L, ExpenseRequest.from(body("serviceId", 12, "amount", "1")).toInput().serviceId);
        assertEquals(12L, ExpenseRequest.from(body("serviceId", 12L)).serviceId());
        assertNull(ExpenseRequest.from(body("serviceId", null)).serviceId());
        for (Object bad : List.of(0, -1, "12", 1.0, new BigInteger("99999999999999999999"), true)) {
            assertEquals(Map.of("serviceId", "client-budgets.error.id"),
                    refused(() -> ExpenseRequest.from(body("serviceId", bad))), String.valueOf(bad));
        }
        assertEquals(Map.of("amount", "client-budgets.error.decimalString", "date", "client-budgets.error.string"),
                refused(() -> ExpenseRequest.from(body("amount", 0.1, "date", List.of()))));
    }

    @Test
    void aDecisionNeedsIdsFirstThenAStringReason() {
        DecisionRequest r = DecisionRequest.from(body("ids", List.of(1, 2L), "reason", "late"));
        assertEquals(List.of(1L, 2L), r.ids());
        assertEquals("late", r.reason());
        assertEquals(List.of(), DecisionRequest.from(body("ids", List.of())).ids());
        assertEquals(Map.of("ids", "client-budgets.error.ids.empty"), refused(() -> DecisionRequest.from(null)));
        assertEquals(Map.of("ids", "client-budgets.error.ids.empty"),
                refused(() -> DecisionRequest.from(body("ids", 1, "reason", 5))));
        assertEquals(Map.of("ids", "client-budgets.error.id"),
                refused(() -> DecisionRequest.from(body("ids", List.of(1, 0), "reason", 5))));
        assertEquals(Map.of("reason", "client-budgets.error.string"),
                refused(() -> DecisionRequest.from(body("ids", List.of(1), "reason", 5))));
    }

    @Test
    void entryChangesTellAbsentFromCleared() {
        EntryChangesRequest untouched = EntryChangesRequest.from(body());
        assertFalse(untouched.clearService());
        assertFalse(untouched.clearClientNote());
        assertNull(untouched.billable());
        EntryChangesRequest cleared = EntryChangesRequest.from(body("serviceId", null, "clientNote", "  "));
        assertTrue(cleared.clearService());
        assertTrue(cleared.clearClientNote());
        var changes = EntryChangesRequest.from(body("serviceId", 4, "billable", false, "clientNote", "ok")).toChanges();
        assertEquals(new io.github.clientbudgets.approval.EntryChanges(4L, false, false, "ok", false), changes);
        assertEquals(Map.of("serviceId", "client-budgets.error.id", "billable", "client-budgets.error.boolean",
                "clientNote", "client-budgets.error.string"),
                refused(() -> EntryChangesRequest.from(body("serviceId", "4", "billable", "no", "clientNote", 1))));
    }

    @Test
    void aFlagIsRequiredAndBoolean() {
        assertTrue(FlagRequest.from(body("enabled", true), "enabled").value());
        assertFalse(FlagRequest.from(body("required", false), "required").value());
        assertEquals(Map.of("enabled", "client-budgets.error.boolean"), refused(() -> FlagRequest.from(null, "enabled")));
        assertEquals(Map.of("enabled", "client-budgets.error.boolean"),
                refused(() -> FlagRequest.from(body("enabled", "true"), "enabled")));
        assertEquals(Map.of("required", "client-budgets.error.boolean"),
                refused(() -> FlagRequest.from(body("enabled", true), "required")));
    }

    @Test
    void aGrantOfTheWrongTypeIsTheServicesNoSuchMessage() {
        assertEquals(new GrantRequest("client", null), GrantRequest.from(body("userKey", "client")));
        assertEquals(new GrantRequest(null, 4), GrantRequest.from(body("organizationId", 4)));
        assertEquals(new GrantRequest(null, null), GrantRequest.from(null));
        assertEquals(Map.of("userKey", "client-budgets.grant.no-such-user"),
                refused(() -> GrantRequest.from(body("userKey", 7))));
        assertEquals(Map.of("organizationId", "client-budgets.grant.no-such-organization"),
                refused(() -> GrantRequest.from(body("organizationId", 4L))));
    }

    @Test
    void anIssuesServiceIsAnIdOrNone() {
        assertEquals(12L, IssueServiceRequest.from(body("serviceId", 12)).serviceId());
        assertNull(IssueServiceRequest.from(body()).serviceId());
        assertNull(IssueServiceRequest.from(null).serviceId());
        assertEquals(Map.of("serviceId", "client-budgets.error.id"),
                refused(() -> IssueServiceRequest.from(body("serviceId", -3))));
    }
}
