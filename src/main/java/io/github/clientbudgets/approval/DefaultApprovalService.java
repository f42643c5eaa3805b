package io.github.clientbudgets.approval;

import io.github.clientbudgets.review.ApprovalRefusal;
import io.github.clientbudgets.review.ApprovalOutcome;
import io.github.clientbudgets.review.ApprovalRequest;
import io.github.clientbudgets.review.ApprovalAction;
import io.github.clientbudgets.review.ApprovalRules;
import io.github.clientbudgets.review.EntryState;
import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.audit.AuditAction;
import io.github.clientbudgets.audit.AuditRecord;
import io.github.clientbudgets.audit.AuditSubject;
import io.github.clientbudgets.audit.AuditTrail;
import io.github.clientbudgets.audit.FieldChange;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.budget.FiguresChanged;
import io.github.clientbudgets.budget.TeamAccessPolicy;
import io.github.clientbudgets.lineitem.LineItemStore;
import io.github.clientbudgets.common.ConflictException;
import io.github.clientbudgets.common.Errors;
import io.github.clientbudgets.common.InputPolicy;
import io.github.clientbudgets.common.ForbiddenException;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.period.LockedPeriodFigures;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.timeentry.EntryPage;
import io.github.clientbudgets.timeentry.EntryQuery;
import io.github.clientbudgets.timeentry.TimeEntry;
import io.github.clientbudgets.timeentry.TimeEntryQueries;
import io.github.clientbudgets.timeentry.TimeEntryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@link ApprovalService}: gathers the facts of each entry (its budget, whether the caller approves for it, whether
 * its month is locked), lets {@link ApprovalRules} decide, and writes the decision with a compare-and-set so that two
 * nodes deciding on the same entry at once end in one state with one audit row per transition.
 */
public class DefaultApprovalService implements ApprovalService {
    static final AuditSubject AUDIT_TYPE = AuditSubject.TIME_ENTRY;
    static final int MAX_REASON = 2000;
    static final int MAX_NOTE = 2000;
    /** A lost compare-and-set is retried on the fresh state; more than this means a storm, and the entry fails. */
    private static final int ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(DefaultApprovalService.class);

    private final TimeEntryStore entries;
    private final TimeEntryQueries queries;
    private final BudgetStore budgets;
    private final LineItemStore lineItems;
    private final PeriodLockStore locks;
    private final Permissions permissions;
    private final TeamAccessPolicy policy;
    private final AuditTrail audit;
    private final RejectionNotifier notifier;
    private final FiguresChanged figures;
    private final Clock clock;
    private final LockedPeriodFigures lockedFigures;

    public DefaultApprovalService(TimeEntryStore entries, TimeEntryQueries queries, BudgetStore budgets,
                                  LineItemStore lineItems, PeriodLockStore locks, Permissions permissions,
                                  TeamAccessPolicy policy, AuditTrail audit, RejectionNotifier notifier) {
        this(entries, queries, budgets, lineItems, locks, permissions, policy, audit, notifier, FiguresChanged.NONE,
                LockedPeriodFigures.NONE);
    }

    /** @param lockedFigures freezes a retainer's period figures when its months are locked, inside the lock's transaction */
    public DefaultApprovalService(TimeEntryStore entries, TimeEntryQueries queries, BudgetStore budgets,
                                  LineItemStore lineItems, PeriodLockStore locks, Permissions permissions,
                                  TeamAccessPolicy policy, AuditTrail audit, RejectionNotifier notifier,
                                  LockedPeriodFigures lockedFigures) {
        this(entries, queries, budgets, lineItems, locks, permissions, policy, audit, notifier, FiguresChanged.NONE,
                lockedFigures);
    }

    /**
     * @param figures       told which budgets' approved figures a committed decision or correction changed (the alerts)
     * @param lockedFigures freezes a retainer's period figures when its months are locked, inside the lock's transaction
     */
    public DefaultApprovalService(TimeEntryStore entries, TimeEntryQueries queries, BudgetStore budgets,
                                  LineItemStore lineItems, PeriodLockStore locks, Permissions permissions,
                                  TeamAccessPolicy policy, AuditTrail audit, RejectionNotifier notifier,
                                  FiguresChanged figures, LockedPeriodFigures lockedFigures) {
        this(entries, queries, budgets, lineItems, locks, permissions, policy, audit, notifier, figures,
                lockedFigures, Clock.systemUTC());
    }

    DefaultApprovalService(TimeEntryStore entries, TimeEntryQueries queries, BudgetStore budgets,
                           LineItemStore lineItems, PeriodLockStore locks, Permissions permissions,
                           TeamAccessPolicy policy, AuditTrail audit, RejectionNotifier notifier,
                           FiguresChanged figures, LockedPeriodFigures lockedFigures, Clock clock) {
        this.figures = figures;
        this.lockedFigures = lockedFigures;
        this.entries = entries;
        this.queries = queries;
        this.budgets = budgets;
        this.lineItems = lineItems;
        this.locks = locks;
        this.permissions = permissions;
        this.policy = policy;
        this.audit = audit;
        this.notifier = notifier;
        this.clock = clock;
    }

    // ----- decisions

    @Override
    public BulkOutcome decide(String caller, ApprovalAction action, List<Long> entryIds, String reason) {
        if (action == ApprovalAction.WORKLOG_EDITED || action == ApprovalAction.WORKLOG_DELETED) {
            throw new IllegalArgumentException("not a reviewer action: " + action);
        }
        Errors errors = new Errors();
        String trimmedReason = InputPolicy.multiLine(reason, "reason", MAX_REASON, errors);
        if (entryIds == null || entryIds.isEmpty()) {
            errors.add("ids", "client-budgets.error.ids.empty");
        } else if (entryIds.size() > MAX_BULK) {
            errors.add("ids", "client-budgets.error.ids.tooMany", MAX_BULK);
        } else if (entryIds.stream().anyMatch(id -> id == null || id <= 0)) {
            errors.add("ids", "client-budgets.error.id");
        }
        if (action == ApprovalAction.REJECT && trimmedReason == null && !errors.has("reason")) {
            errors.add("reason", "client-budgets.error.reason.required");
        }
        errors.throwIfAny();

        List<TimeEntry> rejections = new ArrayList<>();
        Set<Long> touched = new java.util.TreeSet<>();
        BulkOutcome outcome = budgets.inTransaction(() -> decideAll(caller, action, entryIds, trimmedReason, rejections,
                touched));
        if (!touched.isEmpty()) {
            figures.changed(touched); // after the commit: the alerts read what was decided
        }
        // mails only for what was committed
        if (!rejections.isEmpty()) {
            Map<Long, String> keys = permissions.issueKeys(rejections.stream().map(TimeEntry::issueId).toList());
            for (TimeEntry rejected : rejections) {
                try {
                    notifier.rejected(rejected, keys.getOrDefault(rejected.issueId(), ""), caller, trimmedReason);
                } catch (RuntimeException e) {
                    LOG.warn("Could not tell {} about rejected entry {}: {}", rejected.authorKey(), rejected.id(), e.toString());
                }
            }
        }
        return outcome;
    }

    private BulkOutcome decideAll(String caller, ApprovalAction action, List<Long> entryIds, String reason,
                                  List<TimeEntry> rejections, Set<Long> touched) {
        rejections.clear(); // a retried transaction starts over
        touched.clear();
        Map<Long, TimeEntry> loaded = entries.byIds(entryIds).stream().collect(Collectors.toMap(TimeEntry::id, e -> e));
        RequestMemo facts = new RequestMemo(caller, policy, lineItems, budgets, locks);
        facts.knowBudgetsOf(loaded.values());
        List<Long> ascending = entryIds.stream().distinct().sorted().toList();
        // 1. decide every entry on what was read, writing nothing yet
        Map<Long, ApprovalRefusal> refused = new HashMap<>();
        List<Plan> planned = new ArrayList<>();
        for (long id : ascending) {
            Plan plan = plan(caller, action, loaded.get(id), reason, facts);
            if (plan.refusal() != null) {
                refused.put(id, plan.refusal());
            } else if (plan.writes()) {
                planned.add(plan);
            }
        }
        // 2. all compare-and-sets as one batch, in ascending id order: two requests lock rows in the same order, so
        // they can't deadlock each other
        boolean[] won = entries.transitionAll(planned.stream().map(Plan::transition).toList());
        List<Plan> written = new ArrayList<>();
        List<Long> lost = new ArrayList<>();
        for (int i = 0; i < won.length; i++) {
            if (won[i]) {
                written.add(planned.get(i));
            } else {
                lost.add(planned.get(i).entry().id());
            }
        }
        Map<Long, TimeEntry> rejected = new TreeMap<>();
        written.forEach(p -> touched.add(p.budget().id()));
        afterWrite(caller, action, reason, written, rejected);
        // someone else moved these between our read and our write: decide again on what they are now, one by one, as
        // the first attempt's retries. (Their locks now come after those of the won rows above: if a third request
        // holds one and waits for ours, the database detects the deadlock and inTransaction retries.)
        for (long id : lost) {
            TimeEntry fresh = entries.byId(id).orElse(null);
            Optional<ApprovalRefusal> refusal = decideOne(caller, action, fresh, reason, facts, rejected, ATTEMPTS - 1);
            refusal.ifPresent(r -> refused.put(id, r));
            Budget budget = fresh == null ? null : facts.budgetOf(fresh);
            if (refusal.isEmpty() && budget != null) {
                touched.add(budget.id());
            }
        }
        rejections.addAll(rejected.values()); // in ascending id order, as decided
        List<Long> succeeded = new ArrayList<>();
        List<BulkOutcome.Failure> failed = new ArrayList<>();
        for (long id : ascending) {
            ApprovalRefusal refusal = refused.get(id);
            if (refusal != null) {
                failed.add(new BulkOutcome.Failure(id, refusal));
            } else {
                succeeded.add(id);
            }
        }
        return new BulkOutcome(succeeded, failed);
    }

    /** One entry decided on by itself, trying again on the fresh state when another node moved it first. */
    private Optional<ApprovalRefusal> decideOne(String caller, ApprovalAction action, TimeEntry entry, String reason,
                                                RequestMemo facts, Map<Long, TimeEntry> rejected, int attempts) {
        for (int attempt = 0; attempt < attempts; attempt++) {
            Plan plan = plan(caller, action, entry, reason, facts);
            if (!plan.writes()) {
                return Optional.ofNullable(plan.refusal()); // refused, or already so
            }
            TimeEntryStore.Transition t = plan.transition();
            if (entries.transition(t.entryId(), t.expected(), t.next(), t.publish(), t.review())) {
                afterWrite(caller, action, reason, List.of(plan), rejected);
                return Optional.empty();
            }
            entry = entries.byId(entry.id()).orElse(null); // someone else moved it first: decide again on what is now
        }
        return Optional.of(ApprovalRefusal.WRONG_STATE);
    }

    /**
     * What one entry needs, decided on the state read: a refusal, nothing (already so, e.g. approved by someone
     * else a moment ago), or a transition to write.
     */
    private record Plan(ApprovalRefusal refusal, TimeEntry entry, Budget budget, ApprovalOutcome outcome,
                        TimeEntry.Review review) {
        static Plan refused(ApprovalRefusal refusal) {
            return new Plan(refusal, null, null, null, null);
        }

        static final Plan ALREADY_SO = new Plan(null, null, null, null, null);

        boolean writes() {
            return outcome != null;
        }

        TimeEntryStore.Transition transition() {
            return new TimeEntryStore.Transition(entry.id(), entry.state(), outcome.state(), outcome.publishLiveData(),
                    review);
        }
    }

    private Plan plan(String caller, ApprovalAction action, TimeEntry entry, String reason, RequestMemo facts) {
        if (entry == null) {
            return Plan.refused(ApprovalRefusal.NOT_FOUND);
        }
        Budget budget = facts.budgetOf(entry);
        if (budget == null || !facts.canSee(budget)) {
            return Plan.refused(budget == null && entry.serviceId() != null && facts.canBrowse(entry.projectId())
                    ? ApprovalRefusal.NOT_UNDER_APPROVAL : ApprovalRefusal.NOT_FOUND);
        }
        if (!budget.approvalRequired()) {
            return Plan.refused(ApprovalRefusal.NOT_UNDER_APPROVAL);
        }
        ApprovalOutcome outcome = ApprovalRules.apply(entry.state(), ApprovalRequest.byReviewer(action, caller,
                entry.authorKey(), facts.mayApprove(budget), touchesLockedMonth(entry, budget, facts), reason));
        if (outcome.isRefused()) {
            return Plan.refused(outcome.refusal());
        }
        if (!outcome.changed()) {
            return Plan.ALREADY_SO;
        }
        TimeEntry.Review review = new TimeEntry.Review(caller, clock.instant(),
                action == ApprovalAction.REJECT ? reason : null);
        return new Plan(null, entry, budget, outcome, review);
    }

    /**
     * Whether the entry's figures sit in a locked month: the month of its published snapshot (the approved day) and
     * the month of the live worklog both count, since approving a revision that moves a day changes both.
     */
    private static boolean touchesLockedMonth(TimeEntry entry, Budget budget, RequestMemo facts) {
        LocalDate approvedDay = entry.approved() != null ? entry.approved().day() : null;
        return (approvedDay != null && facts.isLocked(budget.id(), YearMonth.from(approvedDay)))
                || facts.isLocked(budget.id(), YearMonth.from(entry.workDay()));
    }

    /** After the compare-and-sets this request won: approved deletions go, one audit row each, rejections noted. */
    private void afterWrite(String caller, ApprovalAction action, String reason, List<Plan> written,
                            Map<Long, TimeEntry> rejected) {
        if (written.isEmpty()) {
            return;
        }
        List<Long> removed = written.stream().filter(p -> p.outcome().state().removed()).map(p -> p.entry().id()).toList();
        if (!removed.isEmpty()) {
            entries.deleteAll(removed); // an approved deletion: the client stops seeing it
        }
        audit.recordTransitions(written.stream().map(p -> new AuditTrail.Transition(caller, p.budget().id(), AUDIT_TYPE,
                p.entry().id(), action.name(), describe(p.entry().state()), describe(p.outcome().state()), reason)).toList());
        if (action == ApprovalAction.REJECT) {
            written.forEach(p -> rejected.put(p.entry().id(), p.entry()));
        }
    }

    /** "PENDING", "APPROVED", "APPROVED+EDIT", "REMOVED": how a state reads in the audit. */
    static String describe(EntryState state) {
        if (state.removed()) {
            return "REMOVED";
        }
        return state.hasPendingRevision() ? state.status() + "+" + state.revision() : state.status().name();
    }

    // ----- PM corrections

    @Override
    public TimeEntry updateEntry(String caller, long entryId, EntryChanges changes) {
        TimeEntry entry = entries.byId(entryId).orElseThrow(NotFoundException::new);
        RequestMemo facts = new RequestMemo(caller, policy, lineItems, budgets, locks);
        Budget budget = requireMayChange(entry, facts);
        Errors errors = new Errors();
        Long serviceId = entry.serviceId();
        Long explicit = entry.explicitServiceId();
        if (changes.clearService()) {
            explicit = null;
        } else if (changes.serviceId() != null) {
            Optional<LineItem> target = lineItems.lineItem(changes.serviceId());
            Optional<Budget> targetBudget = target.flatMap(s -> budgets.budget(s.budgetId()));
            if (targetBudget.isEmpty() || targetBudget.get().projectId() != entry.projectId()
                    || !targetBudget.get().covers(entry.workDay())) {
                errors.add("serviceId", "client-budgets.error.serviceId.notInProject");
            } else {
                serviceId = changes.serviceId();
                explicit = changes.serviceId();
            }
        }
        String note = changes.clearClientNote() ? null : changes.clientNote() != null
                ? InputPolicy.multiLine(changes.clientNote(), "clientNote", MAX_NOTE, errors) : entry.clientNote();
        errors.throwIfAny();
        boolean billable = changes.billable() != null ? changes.billable() : entry.billable();
        Long newService = serviceId;
        Long newExplicit = explicit;
        TimeEntry updated = budgets.inTransaction(() -> {
            // a correction is published at once on an approved entry: not in a locked month (read in this transaction)
            TimeEntry current = entries.byId(entryId).orElseThrow(NotFoundException::new);
            if (budget != null && current.approved() != null && touchesLockedMonth(current, budget, facts)) {
                throw new ConflictException("month", "client-budgets.error.entry.locked");
            }
            entries.updateDetails(entryId, newService, newExplicit, billable, note, true);
            // the audit's "before" is the row this transaction changed, not the one read before it began
            List<FieldChange> changed = detailChanges(current, newService, billable, note);
            if (!changed.isEmpty()) {
                audit.record(caller, budget == null ? null : budget.id(), AUDIT_TYPE, entryId, AuditAction.UPDATED, changed);
            }
            return entries.byId(entryId).orElseThrow(NotFoundException::new);
        });
        if (budget != null) {
            figures.changed(List.of(budget.id())); // a billable flag or a line item moved: the approved amount may have
        }
        return updated;
    }

    /** The entry's budget (null when it has none) once the caller may change it; 404 or 403 otherwise. */
    private Budget requireMayChange(TimeEntry entry, RequestMemo facts) {
        Budget budget = facts.budgetOf(entry);
        if (budget == null) {
            if (!facts.canBrowse(entry.projectId())) {
                throw new NotFoundException();
            }
        } else if (!facts.canSee(budget)) {
            throw new NotFoundException();
        }
        boolean allowed = budget != null ? facts.mayApprove(budget) : facts.administers(entry.projectId());
        if (!allowed) {
            throw new ForbiddenException("client-budgets.error.forbidden.change");
        }
        return budget;
    }

    private static List<FieldChange> detailChanges(TimeEntry before, Long serviceId, boolean billable, String note) {
        List<FieldChange> changed = new ArrayList<>();
        if (!Objects.equals(before.serviceId(), serviceId)) {
            changed.add(new FieldChange("serviceId", String.valueOf(before.serviceId()), String.valueOf(serviceId)));
        }
        if (before.billable() != billable) {
            changed.add(new FieldChange("billable", String.valueOf(before.billable()), String.valueOf(billable)));
        }
        if (!Objects.equals(before.clientNote(), note)) {
            changed.add(new FieldChange("clientNote", before.clientNote(), note));
        }
        return changed;
    }

    // ----- lists

    @Override
    public EntryPage entriesOfBudget(String caller, long budgetId, Set<ApprovalStatus> statuses, LocalDate from,
                                     LocalDate to, int start, int limit) {
        Budget budget = visibleBudget(caller, budgetId);
        return queries.find(new EntryQuery(List.of(budget.id()), null, null, from, to, statuses, false,
                Math.max(0, start), clamp(limit, 1, 500)));
    }

    @Override
    public List<TimeEntry> entriesOfBudget(String caller, long budgetId, Collection<Long> entryIds) {
        Budget budget = visibleBudget(caller, budgetId);
        if (entryIds.isEmpty()) {
            return List.of();
        }
        List<TimeEntry> found = entries.byIds(entryIds.stream().distinct().limit(500).toList());
        Map<Long, Optional<Budget>> budgetOf = lineItems.budgetsOfLineItems(found.stream()
                .map(TimeEntry::countedServiceId).filter(Objects::nonNull).distinct().toList());
        return found.stream().filter(e -> {
            Long service = e.countedServiceId();
            return service != null && budgetOf.getOrDefault(service, Optional.empty())
                    .map(b -> b.id() == budget.id()).orElse(false);
        }).toList();
    }

    @Override
    public EntryPage reviewQueue(String caller, Long budgetId, String authorKey, Long serviceId, LocalDate from,
                                 LocalDate to, int limit) {
        RequestMemo facts = new RequestMemo(caller, policy, lineItems, budgets, locks);
        List<Budget> candidates = budgets.budgetsRequiringApproval().stream()
                .filter(b -> budgetId == null || b.id() == budgetId).toList();
        facts.learnAdministered(candidates.stream().map(Budget::projectId).distinct().toList());
        List<Long> reviewable = candidates.stream()
                .filter(b -> facts.mayApprove(b) && facts.canSee(b))
                .map(Budget::id).toList();
        return queries.find(new EntryQuery(reviewable, authorKey, serviceId, from, to, Set.of(), true, 0,
                clamp(limit, 1, MAX_BULK)));
    }

    @Override
    public List<TimeEntry> myEntries(String caller, Set<ApprovalStatus> statuses, int limit) {
        return queries.ofAuthor(caller, statuses, clamp(limit, 1, 500));
    }

    @Override
    public List<AuditRecord> history(String caller, long entryId) {
        TimeEntry entry = entries.byId(entryId).orElse(null);
        if (entry != null && !policy.forCaller(caller).mayBrowse(entry.projectId())) {
            throw new NotFoundException();
        }
        List<AuditRecord> records = audit.forObject(AUDIT_TYPE, entryId);
        if (entry == null && records.stream().noneMatch(r -> r.budgetId() != null
                && budgets.budget(r.budgetId()).map(b -> policy.maySee(caller, b)).orElse(false))) {
            throw new NotFoundException(); // gone, and not one the caller could have seen
        }
        return records;
    }

    @Override
    public boolean mayApprove(String caller, long budgetId) {
        return budgets.budget(budgetId).map(b -> policy.mayApprove(caller, b)).orElse(false);
    }

    // ----- period locks

    @Override
    public List<YearMonth> lockedMonths(String caller, long budgetId) {
        return locks.lockedMonths(visibleBudget(caller, budgetId).id());
    }

    @Override
    public void lock(String caller, long budgetId, YearMonth month) {
        Budget budget = approverBudget(caller, budgetId);
        budgets.inTransaction(() -> {
            budgets.lockBudgetRow(budget.id()); // two approvers locking at once: the second finds the lock and writes nothing
            if (locks.lock(budget.id(), month, caller)) {
                audit.record(caller, budget.id(), AuditSubject.PERIOD, budget.id(), AuditAction.LOCKED,
                        List.of(new FieldChange("month", null, month.toString())));
                lockedFigures.monthLocked(budget.id(), month);
            }
            return null;
        });
    }

    @Override
    public void unlock(String caller, long budgetId, YearMonth month) {
        Budget budget = approverBudget(caller, budgetId);
        budgets.inTransaction(() -> {
            budgets.lockBudgetRow(budget.id());
            if (locks.unlock(budget.id(), month)) {
                audit.record(caller, budget.id(), AuditSubject.PERIOD, budget.id(), AuditAction.UNLOCKED,
                        List.of(new FieldChange("month", month.toString(), null)));
                lockedFigures.monthUnlocked(budget.id(), month);
            }
            return null;
        });
    }

    private Budget visibleBudget(String caller, long budgetId) {
        return budgets.budget(budgetId).filter(b -> policy.maySee(caller, b))
                .orElseThrow(NotFoundException::new);
    }

    private Budget approverBudget(String caller, long budgetId) {
        Budget budget = visibleBudget(caller, budgetId);
        if (!policy.mayApprove(caller, budget)) {
            throw new ForbiddenException("client-budgets.error.forbidden.change");
        }
        return budget;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
