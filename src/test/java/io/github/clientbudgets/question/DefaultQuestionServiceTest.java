package io.github.clientbudgets.question;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.clientbudgets.audit.AuditAction;
import io.github.clientbudgets.audit.AuditSubject;
import io.github.clientbudgets.audit.AuditTrail;
import io.github.clientbudgets.audit.FieldChange;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetStatus;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.budget.TeamAccessPolicy;
import io.github.clientbudgets.common.ForbiddenException;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.portal.ClientTimeEntry;
import io.github.clientbudgets.portal.ClientTimeRow;
import io.github.clientbudgets.portal.Portal;
import io.github.clientbudgets.portal.PortalService;
import io.github.clientbudgets.timeentry.TimeEntryStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The question service alone: the order of its checks (visibility, message, entry), a double submit that loses the
 * race to the unique key answering the winner's question, the JSM key stored and audited, the owner mailed where no
 * request was raised, and who may close a question.
 */
class DefaultQuestionServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private final QuestionStore store = mock(QuestionStore.class);
    private final PortalService portal = mock(PortalService.class);
    private final BudgetStore budgets = mock(BudgetStore.class);
    private final TeamAccessPolicy policy = mock(TeamAccessPolicy.class);
    private final AuditTrail audit = mock(AuditTrail.class);
    private final QuestionRequests requests = mock(QuestionRequests.class);
    private final QuestionNotifier notifier = mock(QuestionNotifier.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final Budget budget = new Budget(5, 10, "Website relaunch", BudgetType.TIME_AND_MATERIALS,
            Currency.getInstance("EUR"), LocalDate.parse("2026-09-01"), null, BigDecimal.TEN, null, "pm",
            BudgetStatus.OPEN, true, true, false, false, 80, 100);
    private final Portal opened = mock(Portal.class);
    private DefaultQuestionService service;

    @BeforeEach
    void wire() {
        service = new DefaultQuestionService(store, portal, budgets, mock(TimeEntryStore.class), policy, audit, requests,
                notifier, i18n, application, Clock.fixed(NOW, ZoneOffset.UTC));
        when(budgets.inTransaction(any())).thenAnswer(call -> ((Supplier<?>) call.getArgument(0)).get());
        when(opened.budget()).thenReturn(budget);
        when(portal.open("client", 5)).thenReturn(opened);
        when(portal.entry(opened, 42)).thenReturn(Optional.of(new ClientTimeRow(new ClientTimeEntry(42,
                LocalDate.parse("2026-10-30"), 14_400, 2, true, null, null, null, 7), "Development", "ACME-7", null)));
        when(i18n.getText(anyString(), any(java.io.Serializable[].class))).thenAnswer(call -> call.getArgument(0));
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("http://jira");
    }

    private static Question open(long id, String requestKey) {
        return new Question(id, 5, 42, "client", QuestionState.OPEN, "Why?", null, NOW, null, null, requestKey);
    }

    @Test
    void aBudgetTheClientDoesNotSeeIs404BeforeAnythingElse() {
        when(portal.open("other", 5)).thenThrow(new NotFoundException());
        assertThrows(NotFoundException.class, () -> service.ask("other", 5, 42, ""));
        verifyNoInteractions(store);
    }

    @Test
    void aBadMessageAndAnEntryTheTabDoesNotListAre400OnTheirField() {
        ValidationException blank = assertThrows(ValidationException.class, () -> service.ask("client", 5, 42, " "));
        assertTrue(blank.errors().containsKey("message"));
        ValidationException entry = assertThrows(ValidationException.class, () -> service.ask("client", 5, 43, "Why?"));
        assertTrue(entry.errors().containsKey("entryId"));
        verify(store, never()).create(anyLong(), anyLong(), anyString(), anyString(), any());
    }

    @Test
    void aDoubleSubmitThatLosesTheRaceAnswersTheWinnersQuestion() {
        Question winner = open(9, "ACME-30");
        when(store.openOf(42, "client")).thenReturn(Optional.empty(), Optional.of(winner));
        when(store.create(5, 42, "client", "Why?", NOW)).thenThrow(new RuntimeException("unique key"));

        QuestionService.Asked asked = service.ask("client", 5, 42, "  Why?  ");

        assertSame(winner, asked.question());
        assertFalse(asked.created());
        verifyNoInteractions(requests, notifier);
    }

    @Test
    void aRaisedRequestsKeyIsStoredAndAuditedAndNobodyIsMailed() {
        when(store.openOf(42, "client")).thenReturn(Optional.empty());
        when(store.create(5, 42, "client", "Why?", NOW)).thenReturn(open(9, null));
        when(requests.raise(any())).thenReturn(Optional.of("ACME-30"));
        when(store.byId(9)).thenReturn(Optional.of(open(9, "ACME-30")));

        QuestionService.Asked asked = service.ask("client", 5, 42, "Why?");

        assertTrue(asked.created());
        assertEquals("ACME-30", asked.question().requestKey());
        verify(requests).raise(new QuestionRequests.Raised(10, "pm", "client", "client-budgets.question.request.summary",
                "client-budgets.question.request.description"));
        verify(store).setRequestKey(9, "ACME-30");
        verify(audit).record("client", 5L, AuditSubject.QUESTION, 9, AuditAction.UPDATED,
                List.of(new FieldChange("requestKey", null, "ACME-30")));
        verifyNoInteractions(notifier);
    }

    @Test
    void withoutARequestTheOwnerIsMailedAndThatIsAudited() {
        when(store.openOf(42, "client")).thenReturn(Optional.empty());
        when(store.create(5, 42, "client", "Why?", NOW)).thenReturn(open(9, null));
        when(requests.raise(any())).thenReturn(Optional.empty());

        service.ask("client", 5, 42, "Why?");

        verify(notifier).asked(eq("pm"), eq("client"), eq("Website relaunch"), anyString(), eq("Why?"),
                eq("http://jira/plugins/servlet/client-budgets/portal/budget/5?tab=time"));
        verify(audit).record("client", 5L, AuditSubject.QUESTION, 9, AuditAction.UPDATED,
                List.of(new FieldChange("notified", null, "pm")));
        verify(store, never()).setRequestKey(anyLong(), anyString());
    }

    @Test
    void onlyTheBudgetsApproversCloseAQuestion() {
        when(store.byId(9)).thenReturn(Optional.of(open(9, null)));
        when(budgets.budget(5)).thenReturn(Optional.of(budget));
        when(policy.maySee("dev", budget)).thenReturn(true);
        when(policy.maySee("stranger", budget)).thenReturn(false);
        assertThrows(ForbiddenException.class, () -> service.confirm("dev", 9, "ok"));
        assertThrows(NotFoundException.class, () -> service.confirm("stranger", 9, "ok"));
        verify(store, never()).close(anyLong(), any(), anyString(), anyString(), any());
        verify(audit, never()).recordTransition(anyString(), any(), any(), anyLong(), anyString(), anyString(),
                anyString(), anyString());
    }
}
