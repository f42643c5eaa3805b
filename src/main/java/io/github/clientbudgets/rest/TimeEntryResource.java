package io.github.clientbudgets.rest;

import io.github.clientbudgets.review.ApprovalAction;
import io.github.clientbudgets.approval.ApprovalService;
import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.common.Errors;
import io.github.clientbudgets.common.Fields;
import io.github.clientbudgets.common.InputPolicy;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.rest.json.AuditEntryJson;
import io.github.clientbudgets.rest.json.BudgetJsonMapper;
import io.github.clientbudgets.rest.json.DecisionJsonMapper;
import io.github.clientbudgets.rest.json.DecisionOutcomeJson;
import io.github.clientbudgets.rest.json.DecisionRequest;
import io.github.clientbudgets.rest.json.EntryChangesRequest;
import io.github.clientbudgets.rest.json.TimeEntryJson;
import io.github.clientbudgets.rest.json.TimeEntryJsonMapper;
import io.github.clientbudgets.rest.json.TimeEntryPageJson;
import io.github.clientbudgets.timeentry.EntryPage;
import io.github.clientbudgets.timeentry.TimeEntry;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Time entries for the team: lists, a PM's corrections, and the reviewer's decisions (one or up to 1,000 entries
 * per request; each entry succeeds or fails with a reason).
 */
@Path("/time-entries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TimeEntryResource {
    private final ApprovalService approvals;
    private final Permissions permissions;
    private final TimeEntryJsonMapper json;
    private final DecisionJsonMapper decisionJson;
    private final BudgetJsonMapper auditJson;

    @Inject
    public TimeEntryResource(ApprovalService approvals, Permissions permissions, TimeEntryJsonMapper json,
                             DecisionJsonMapper decisionJson, BudgetJsonMapper auditJson) {
        this.approvals = approvals;
        this.permissions = permissions;
        this.json = json;
        this.decisionJson = decisionJson;
        this.auditJson = auditJson;
    }

    @GET
    public TimeEntryPageJson list(@QueryParam("budgetId") Long budgetId, @QueryParam("status") String status,
                                    @QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("start") @DefaultValue("0") int start,
                                    @QueryParam("limit") @DefaultValue("50") int limit) {
        String caller = Caller.require(permissions);
        Errors errors = new Errors();
        if (budgetId == null) {
            errors.add("budgetId", "client-budgets.error.required");
        }
        Set<ApprovalStatus> statuses = statuses(status, errors);
        LocalDate fromDay = Fields.date(from, "from", false, errors);
        LocalDate toDay = Fields.date(to, "to", false, errors);
        errors.throwIfAny();
        return page(caller, approvals.entriesOfBudget(caller, budgetId, statuses, fromDay, toDay, start, limit));
    }

    /** What waits for the caller's review (the Approvals page), grouped by budget and person. */
    @GET
    @Path("review-queue")
    public TimeEntryPageJson reviewQueue(@QueryParam("budgetId") Long budgetId, @QueryParam("authorKey") String authorKey,
                                           @QueryParam("serviceId") Long serviceId, @QueryParam("from") String from,
                                           @QueryParam("to") String to,
                                           @QueryParam("limit") @DefaultValue("1000") int limit) {
        String caller = Caller.require(permissions);
        Errors errors = new Errors();
        LocalDate fromDay = Fields.date(from, "from", false, errors);
        LocalDate toDay = Fields.date(to, "to", false, errors);
        String author = InputPolicy.key(authorKey, "authorKey", errors);
        errors.throwIfAny();
        return page(caller, approvals.reviewQueue(caller, budgetId, author, serviceId, fromDay, toDay, limit));
    }

    /** The caller's own entries (My time); {@code ?status=REJECTED} for what needs his attention. */
    @GET
    @Path("mine")
    public List<TimeEntryJson> mine(@QueryParam("status") String status,
                                          @QueryParam("limit") @DefaultValue("100") int limit) {
        String caller = Caller.require(permissions);
        Errors errors = new Errors();
        Set<ApprovalStatus> statuses = statuses(status, errors);
        errors.throwIfAny();
        List<TimeEntry> entries = approvals.myEntries(caller, statuses, limit);
        Map<Long, String> keys = permissions.issueKeys(entries.stream().map(TimeEntry::issueId).toList());
        return entries.stream().map(e -> json.timeEntry(e, keys.get(e.issueId()), null)).toList();
    }

    @PUT
    @Path("{id}")
    public TimeEntryJson update(@PathParam("id") long id, Map<String, Object> body) {
        String caller = Caller.require(permissions);
        TimeEntry entry = approvals.updateEntry(caller, id, EntryChangesRequest.from(body).toChanges());
        return json.timeEntry(entry, permissions.issueKeys(List.of(entry.issueId())).get(entry.issueId()), null);
    }

    @GET
    @Path("{id}/history")
    public List<AuditEntryJson> history(@PathParam("id") long id) {
        String caller = Caller.require(permissions);
        return approvals.history(caller, id).stream().map(auditJson::audit).toList();
    }

    @POST
    @Path("approve")
    public DecisionOutcomeJson approve(Map<String, Object> body) {
        return decide(ApprovalAction.APPROVE, body);
    }

    @POST
    @Path("reject")
    public DecisionOutcomeJson reject(Map<String, Object> body) {
        return decide(ApprovalAction.REJECT, body);
    }

    @POST
    @Path("unapprove")
    public DecisionOutcomeJson unapprove(Map<String, Object> body) {
        return decide(ApprovalAction.UNAPPROVE, body);
    }

    @POST
    @Path("approve-revision")
    public DecisionOutcomeJson approveRevision(Map<String, Object> body) {
        return decide(ApprovalAction.APPROVE_REVISION, body);
    }

    @POST
    @Path("discard-revision")
    public DecisionOutcomeJson discardRevision(Map<String, Object> body) {
        return decide(ApprovalAction.DISCARD_REVISION, body);
    }

    private DecisionOutcomeJson decide(ApprovalAction action, Map<String, Object> body) {
        String caller = Caller.require(permissions);
        DecisionRequest request = DecisionRequest.from(body);
        return decisionJson.outcome(action, approvals.decide(caller, action, request.ids(), request.reason()));
    }

    private TimeEntryPageJson page(String caller, EntryPage page) {
        Map<Long, String> keys = permissions.issueKeys(page.entries().stream().map(TimeEntry::issueId).distinct().toList());
        Map<Long, List<java.time.YearMonth>> locked = new java.util.HashMap<>();
        return new TimeEntryPageJson(page.total(), page.entries().stream().map(e -> {
            Long budgetId = page.budgetOfEntry().get(e.id());
            // a change inside a locked month still waits for review: flag it so the PM sees why it matters
            return json.timeEntry(e, keys.get(e.issueId()), budgetId).withPeriodLocked(budgetId != null
                    && locked.computeIfAbsent(budgetId, id -> approvals.lockedMonths(caller, id))
                    .contains(java.time.YearMonth.from(e.workDay())));
        }).toList());
    }

    private static Set<ApprovalStatus> statuses(String status, Errors errors) {
        Set<ApprovalStatus> statuses = EnumSet.noneOf(ApprovalStatus.class);
        if (status == null || status.isBlank()) {
            return statuses;
        }
        for (String s : status.split(",")) {
            try {
                statuses.add(ApprovalStatus.valueOf(s.strip()));
            } catch (IllegalArgumentException e) {
                errors.add("status", "client-budgets.error.choice", "PENDING, APPROVED, REJECTED");
            }
        }
        return statuses;
    }
}
