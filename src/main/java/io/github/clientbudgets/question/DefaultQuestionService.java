package io.github.clientbudgets.question;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.clientbudgets.audit.AuditAction;
import io.github.clientbudgets.audit.AuditSubject;
import io.github.clientbudgets.audit.AuditTrail;
import io.github.clientbudgets.audit.FieldChange;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.budget.TeamAccessPolicy;
import io.github.clientbudgets.common.AppUrls;
import io.github.clientbudgets.common.Errors;
import io.github.clientbudgets.common.ForbiddenException;
import io.github.clientbudgets.common.Hours;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.portal.ClientTimeRow;
import io.github.clientbudgets.portal.Portal;
import io.github.clientbudgets.portal.PortalService;
import io.github.clientbudgets.timeentry.TimeEntry;
import io.github.clientbudgets.timeentry.TimeEntryStore;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The questions. What a client may question is exactly what the portal's Time tab lists him ({@link
 * PortalService#entry}: the same query shape, so a pending, rejected or hidden entry or another budget's is never
 * questionable: 400 on {@code entryId}). The question and its audit row are written in one transaction; the unique
 * question key makes a double submit (even on two nodes) one question. Then, outside the transaction, it is raised as
 * a JSM request on the client's behalf ({@link QuestionRequests}); where that is not possible (no service desk) the
 * budget's owner is mailed ({@link QuestionNotifier}). Both outcomes are audited. Who closes a question is who
 * approves the budget's time ({@link TeamAccessPolicy#mayApprove}: its owner, project admins, Jira admins).
 */
public class DefaultQuestionService implements QuestionService {
    private final QuestionStore store;
    private final PortalService portal;
    private final BudgetStore budgets;
    private final TimeEntryStore entries;
    private final TeamAccessPolicy policy;
    private final AuditTrail audit;
    private final QuestionRequests requests;
    private final QuestionNotifier notifier;
    private final I18nResolver i18n;
    private final ApplicationProperties application;
    private final Clock clock;

    public DefaultQuestionService(QuestionStore store, PortalService portal, BudgetStore budgets, TimeEntryStore entries,
                                  TeamAccessPolicy policy, AuditTrail audit, QuestionRequests requests,
                                  QuestionNotifier notifier, I18nResolver i18n, ApplicationProperties application,
                                  Clock clock) {
        this.store = store;
        this.portal = portal;
        this.budgets = budgets;
        this.entries = entries;
        this.policy = policy;
        this.audit = audit;
        this.requests = requests;
        this.notifier = notifier;
        this.i18n = i18n;
        this.application = application;
        this.clock = clock;
    }

    @Override
    public Asked ask(String caller, long budgetId, long entryId, String message) {
        Portal opened = portal.open(caller, budgetId); // 404 for what the client may not see
        Errors errors = new Errors();
        String text = QuestionRules.message(message, errors);
        errors.throwIfAny();
        ClientTimeRow row = portal.entry(opened, entryId)
                .orElseThrow(() -> ValidationException.of("entryId", "client-budgets.question.error.entry"));
        Optional<Question> open = store.openOf(entryId, caller);
        if (open.isPresent()) {
            return new Asked(open.get(), false);
        }
        Budget budget = opened.budget();
        Question created;
        try {
            created = budgets.inTransaction(() -> {
                Question q = store.create(budget.id(), entryId, caller, text, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
                audit.record(caller, budget.id(), AuditSubject.QUESTION, q.id(), AuditAction.CREATED,
                        List.of(new FieldChange("entryId", null, String.valueOf(entryId)),
                                new FieldChange("message", null, text)));
                return q;
            });
        } catch (RuntimeException duplicate) {
            // the same question committed first (a double submit, maybe on another node): it answers
            return new Asked(store.openOf(entryId, caller).orElseThrow(() -> duplicate), false);
        }
        return new Asked(route(created, budget, row), true);
    }

    /** Raises the JSM request, else mails the owner; audited either way. */
    private Question route(Question q, Budget budget, ClientTimeRow row) {
        String link = application.getBaseUrl(UrlMode.CANONICAL) + AppUrls.portalBudget("", budget.id()) + "?tab=time";
        String entryText = i18n.getText("client-budgets.question.entry", row.entry().date().toString(),
                Hours.format(row.entry().seconds()), row.issueKey() == null ? "" : row.issueKey());
        String summary = i18n.getText("client-budgets.question.request.summary", budget.name(), entryText);
        if (summary.length() > 250) {
            summary = summary.substring(0, 249) + "\u2026";
        }
        String description = i18n.getText("client-budgets.question.request.description", q.message(), budget.name(),
                entryText, link);
        Optional<String> key = requests.raise(new QuestionRequests.Raised(budget.projectId(), budget.ownerKey(),
                q.clientKey(), summary, description));
        if (key.isPresent()) {
            budgets.inTransaction(() -> {
                store.setRequestKey(q.id(), key.get());
                audit.record(q.clientKey(), budget.id(), AuditSubject.QUESTION, q.id(), AuditAction.UPDATED,
                        List.of(new FieldChange("requestKey", null, key.get())));
                return null;
            });
            return store.byId(q.id()).orElse(q);
        }
        notifier.asked(budget.ownerKey(), q.clientKey(), budget.name(), entryText, q.message(), link);
        budgets.inTransaction(() -> {
            audit.record(q.clientKey(), budget.id(), AuditSubject.QUESTION, q.id(), AuditAction.UPDATED,
                    List.of(new FieldChange("notified", null, budget.ownerKey())));
            return null;
        });
        return q;
    }

    @Override
    public List<Question> mine(String caller, long budgetId) {
        Portal opened = portal.open(caller, budgetId);
        return store.ofBudget(opened.budget().id(), caller);
    }

    @Override
    public List<Question> shownIn(Portal shown, String caller) {
        String client = shown.isPreview() ? shown.previewFor() : caller;
        return client == null || client.isBlank() ? List.of() : store.ofBudget(shown.budget().id(), client);
    }

    @Override
    public List<Question> ofBudget(String caller, long budgetId) {
        Budget budget = budgets.budget(budgetId).filter(b -> policy.maySee(caller, b)).orElseThrow(NotFoundException::new);
        return store.ofBudget(budget.id());
    }

    @Override
    public Question confirm(String caller, long questionId, String answer) {
        return close(caller, questionId, answer, QuestionState.CONFIRMED);
    }

    @Override
    public Question correct(String caller, long questionId, String answer) {
        return close(caller, questionId, answer, QuestionState.CORRECTED);
    }

    private Question close(String caller, long questionId, String answer, QuestionState to) {
        Question q = store.byId(questionId).orElseThrow(NotFoundException::new);
        Budget budget = budgets.budget(q.budgetId()).filter(b -> policy.maySee(caller, b))
                .orElseThrow(NotFoundException::new);
        if (!policy.mayApprove(caller, budget)) {
            throw new ForbiddenException("client-budgets.question.error.forbidden");
        }
        Errors errors = new Errors();
        String text = QuestionRules.answer(answer, errors);
        errors.throwIfAny();
        return budgets.inTransaction(() -> {
            // read in the writing transaction: what it decides on is what it changes
            Question current = store.byId(questionId).orElseThrow(NotFoundException::new);
            QuestionRules.requireOpen(current);
            if (to == QuestionState.CORRECTED) {
                TimeEntry entry = entries.byId(current.entryId()).orElse(null);
                if (entry != null) {
                    QuestionRules.requireCorrection(budget.approvalRequired(), entry.state());
                }
            }
            if (!store.close(questionId, to, text, caller, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS))) {
                QuestionRules.requireOpen(store.byId(questionId).orElseThrow(NotFoundException::new));
            }
            audit.recordTransition(caller, budget.id(), AuditSubject.QUESTION, questionId,
                    to == QuestionState.CONFIRMED ? "CONFIRM" : "CORRECT", QuestionState.OPEN.name(), to.name(), text);
            return store.byId(questionId).orElseThrow(NotFoundException::new);
        });
    }

    @Override
    public Map<Long, List<Question>> openOn(Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        return store.openOn(entryIds).stream().collect(Collectors.groupingBy(Question::entryId, LinkedHashMap::new,
                Collectors.toList()));
    }
}
