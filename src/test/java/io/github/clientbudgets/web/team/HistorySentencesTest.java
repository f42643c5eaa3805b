package io.github.clientbudgets.web.team;

import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.format.TestFormats;

import io.github.clientbudgets.audit.AuditEvent;
import io.github.clientbudgets.audit.AuditRecord;
import io.github.clientbudgets.audit.AuditSubject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of change the app audits (each subject with each action some service writes), as the rows that service
 * writes, and the English sentence it reads as on the budget page.
 */
class HistorySentencesTest {
    private static final Instant WHEN = Instant.parse("2026-10-05T09:30:00Z");
    private static Properties bundle;
    private static Properties german;
    private static final Set<String> USED_KEYS = new java.util.HashSet<>();

    @BeforeAll
    static void loadBundle() throws Exception {
        bundle = new Properties();
        try (InputStream in = HistorySentencesTest.class.getResourceAsStream("/i18n/client-budgets.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        german = new Properties();
        try (InputStream in = HistorySentencesTest.class.getResourceAsStream("/i18n/client-budgets_de.properties")) {
            german.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    /** The German bundle as Jira formats it; a missing key fails the test. */
    static String german(String key, String... args) {
        String pattern = german.getProperty(key);
        assertNotNull(pattern, "no German text for " + key);
        return MessageFormat.format(pattern, (Object[]) args);
    }

    /** The English bundle as Jira formats it (MessageFormat); a missing key fails the test. */
    static String english(String key, String... args) {
        String pattern = bundle.getProperty(key);
        assertNotNull(pattern, "no text for " + key);
        USED_KEYS.add(key);
        return MessageFormat.format(pattern, (Object[]) args);
    }

    /** What the page knows: people, a line item, an expense, an issue, an entry; the budget is in EUR. */
    static final HistoryNames NAMES = names(TestFormats.english());
    static final HistoryNames GERMAN_NAMES = names(TestFormats.german());

    static HistoryNames names(Formats formats) {
        return new HistoryNames() {
            private final Map<String, String> people = Map.of("pm", "Paula Manager", "dev", "Dana Dev", "client", "Carl Client");

            @Override
            public String person(String userKey) {
                return people.getOrDefault(userKey, userKey);
            }

            @Override
            public Optional<String> service(long serviceId) {
                return Optional.ofNullable(Map.of(3L, "Design", 4L, "Development").get(serviceId));
            }

            @Override
            public Optional<String> expense(long expenseId) {
                return expenseId == 5 ? Optional.of("Usability test participants") : Optional.empty();
            }

            @Override
            public Optional<String> issueKey(long issueId) {
                return issueId == 100 ? Optional.of("ACME-12") : Optional.empty();
            }

            @Override
            public Optional<EntryFacts> entry(long entryId) {
                return entryId == 9 ? Optional.of(new EntryFacts("Dana Dev", "2026-10-03", "ACME-12")) : Optional.empty();
            }

            @Override
            public String currency() {
                return "EUR";
            }

            @Override
            public Formats formats() {
                return formats;
            }
        };
    }

    /** One audit event: subject (stored text), object, action and its rows as field, from, to (and a reason). */
    static AuditEvent event(String type, long id, String action, String... fieldFromTo) {
        return withReason(type, id, action, null, fieldFromTo);
    }

    static AuditEvent withReason(String type, long id, String action, String reason, String... fieldFromTo) {
        return by("pm", type, id, action, reason, fieldFromTo);
    }

    /** {@link #withReason} by another author than pm (a client's own step, say). */
    static AuditEvent by(String author, String type, long id, String action, String reason, String... fieldFromTo) {
        List<AuditRecord> rows = new ArrayList<>();
        for (int i = 0; i < fieldFromTo.length; i += 3) {
            rows.add(new AuditRecord(WHEN, author, 7L, type, id, action, fieldFromTo[i], fieldFromTo[i + 1],
                    fieldFromTo[i + 2], reason));
        }
        if (rows.isEmpty()) {
            rows.add(new AuditRecord(WHEN, author, 7L, type, id, action, null, null, null, reason));
        }
        List<AuditRecord> newestFirst = new ArrayList<>(rows);
        java.util.Collections.reverse(newestFirst);
        List<AuditEvent> events = AuditEvent.fold(newestFirst);
        assertEquals(1, events.size(), "the rows of one change are one event");
        return events.get(0);
    }

    static Stream<Arguments> everyAuditedChange() {
        return Stream.of(
                Arguments.of(event("BUDGET", 7, "CREATED", "name", null, "Website relaunch", "type", null, "FIXED_PRICE",
                                "currency", null, "EUR", "startDate", null, "2026-01-01", "endDate", null, "2026-06-30",
                                "totalAmount", null, "60000.00", "ownerKey", null, "pm", "status", null, "OPEN"),
                        "Paula Manager created the budget 'Website relaunch' (€60,000.00, 01/Jan/26 to 30/Jun/26, Fixed price)"),
                Arguments.of(event("BUDGET", 7, "UPDATED", "endDate", "2026-06-30", "2026-07-31",
                                "totalAmount", "60000.00", "65000.00", "ownerKey", "pm", "dev", "totalSeconds", null, "720000"),
                        "Paula Manager changed the budget: end date 30/Jun/26 \u2192 31/Jul/26, total amount \u20ac60,000.00"
                                + " \u2192 \u20ac65,000.00, owner Paula Manager \u2192 Dana Dev, total hours set to 200.00 h"),
                Arguments.of(event("BUDGET", 7, "UPDATED", "approvalRequired", "false", "true", "publishedEntries", null, "42"),
                        "Paula Manager changed the budget: approval required on, 42 existing entries published as approved"),
                Arguments.of(event("BUDGET", 7, "UPDATED", "clientAccess", "true", "false", "status", "OPEN", "CLOSED"),
                        "Paula Manager changed the budget: client access off, status Open \u2192 Closed"),
                Arguments.of(event("BUDGET", 7, "DELETED", "deleted", "false", "true"),
                        "Paula Manager deleted the budget"),
                Arguments.of(event("SERVICE", 11, "CREATED", "name", null, "Research", "billing", null, "HOURLY",
                                "budgetedSeconds", null, "144000", "rate", null, "120.00", "costRate", null, "60.00",
                                "isDefault", null, "true"),
                        "Paula Manager added the service 'Research' (hourly, €120.00 per hour, 40.00 h budgeted, the default service)"),
                Arguments.of(event("SERVICE", 3, "UPDATED", "rate", "100.00", "120.00", "name", "Design", "UX design"),
                        "Paula Manager changed the service 'Design': rate \u20ac100.00 \u2192 \u20ac120.00, name 'Design' \u2192 'UX design'"),
                Arguments.of(event("SERVICE", 3, "UPDATED", "isDefault", "true", "false"),
                        "Paula Manager changed the service 'Design': default service off"),
                Arguments.of(event("SERVICE", 12, "DELETED", "name", "Old research", null, "billing", "FIXED", null),
                        "Paula Manager deleted the service 'Old research'"),
                Arguments.of(event("EXPENSE", 20, "CREATED", "date", null, "2026-10-03", "description", null,
                                "Usability test participants", "amount", null, "600.00", "billable", null, "true",
                                "markupPercent", null, "10.00", "status", null, "PENDING"),
                        "Paula Manager added the expense 'Usability test participants' of 03/Oct/26 (€600.00, 10 % markup)"),
                Arguments.of(event("EXPENSE", 21, "CREATED", "serviceId", null, "4", "date", null, "2026-10-04",
                                "description", null, "Train tickets", "amount", null, "89.90", "billable", null, "false",
                                "markupPercent", null, "0.00", "status", null, "APPROVED"),
                        "Paula Manager added the expense 'Train tickets' of 04/Oct/26 (€89.90, not billable, on the service 'Development')"),
                Arguments.of(event("EXPENSE", 5, "UPDATED", "amount", "600.00", "650.00", "markupPercent", "10.00", "12.50"),
                        "Paula Manager changed the expense 'Usability test participants': amount \u20ac600.00 \u2192 \u20ac650.00,"
                                + " markup 10 % \u2192 12.5 %"),
                Arguments.of(event("EXPENSE", 22, "DELETED", "date", "2026-10-01", null, "description", "Hotel", null,
                                "amount", "240.00", null),
                        "Paula Manager deleted the expense 'Hotel' (€240.00)"),
                Arguments.of(event("EXPENSE", 5, "APPROVED", "status", "PENDING", "APPROVED"),
                        "Paula Manager approved the expense 'Usability test participants'"),
                Arguments.of(event("EXPENSE", 5, "REJECTED", "status", "PENDING", "REJECTED", "reason", null, "No receipt"),
                        "Paula Manager rejected the expense 'Usability test participants': 'No receipt'"),
                Arguments.of(event("EXPENSE", 5, "UNAPPROVED", "status", "APPROVED", "PENDING"),
                        "Paula Manager reopened the expense 'Usability test participants' (Approved \u2192 Pending)"),
                Arguments.of(event("ISSUE", 100, "ASSIGNED", "service", null, "3"),
                        "Paula Manager assigned ACME-12 to the service 'Design'"),
                Arguments.of(event("ISSUE", 100, "ASSIGNED", "service", "3", "4"),
                        "Paula Manager moved ACME-12 from the service 'Design' to the service 'Development'"),
                Arguments.of(event("ISSUE", 101, "ASSIGNED", "service", "3", null),
                        "Paula Manager took issue #101 off the service 'Design'"),
                Arguments.of(event("TIME_ENTRY", 9, "UPDATED", "serviceId", "3", "4", "billable", "true", "false",
                                "clientNote", null, "Kick-off workshop"),
                        "Paula Manager corrected the time entry of Dana Dev on 2026-10-03 (ACME-12): service 'Design'"
                                + " \u2192 'Development', billable off, note to the client set to 'Kick-off workshop'"),
                Arguments.of(event("TIME_ENTRY", 9, "APPROVE", "status", "PENDING", "APPROVED"),
                        "Paula Manager approved the time entry of Dana Dev on 2026-10-03 (ACME-12)"),
                Arguments.of(withReason("TIME_ENTRY", 9, "REJECT", "Too long for a stand-up", "status", "PENDING", "REJECTED"),
                        "Paula Manager rejected the time entry of Dana Dev on 2026-10-03 (ACME-12): 'Too long for a stand-up'"),
                Arguments.of(event("TIME_ENTRY", 77, "UNAPPROVE", "status", "APPROVED", "PENDING"),
                        "Paula Manager took back the approval of time entry #77"),
                Arguments.of(event("TIME_ENTRY", 9, "APPROVE_REVISION", "status", "APPROVED+EDIT", "APPROVED"),
                        "Paula Manager approved the change to the time entry of Dana Dev on 2026-10-03 (ACME-12)"),
                Arguments.of(event("TIME_ENTRY", 9, "APPROVE_REVISION", "status", "APPROVED+DELETE", "REMOVED"),
                        "Paula Manager approved the deletion of the time entry of Dana Dev on 2026-10-03 (ACME-12)"),
                Arguments.of(event("TIME_ENTRY", 9, "DISCARD_REVISION", "status", "APPROVED+EDIT", "APPROVED"),
                        "Paula Manager discarded the change to the time entry of Dana Dev on 2026-10-03 (ACME-12)"),
                Arguments.of(event("PERIOD", 7, "LOCKED", "month", null, "2026-09"),
                        "Paula Manager locked the month September 2026"),
                Arguments.of(event("PERIOD", 7, "UNLOCKED", "month", "2026-09", null),
                        "Paula Manager unlocked the month September 2026"),
                Arguments.of(event("client-grant", 2, "CREATED", "userKey", null, "client", "project", null, "ACME"),
                        "Paula Manager gave Carl Client client access to project ACME"),
                Arguments.of(event("client-grant", 3, "CREATED", "organizationId", null, "5", "project", null, "ACME"),
                        "Paula Manager gave organization #5 client access to project ACME"),
                Arguments.of(event("client-grant", 2, "DELETED", "grantee", "client", null, "project", "ACME", null),
                        "Paula Manager took client access to project ACME away from Carl Client"),
                Arguments.of(event("client-grant", 3, "DELETED", "grantee", "organization 5", null, "project", "ACME", null),
                        "Paula Manager took client access to project ACME away from organization #5"),
                Arguments.of(event("client-grant", 2, "UPDATED", "clientManager", "false", "true", "grantee", "client", "client",
                                "project", "ACME", "ACME"),
                        "Paula Manager made Carl Client a Client Manager of project ACME"),
                Arguments.of(event("client-grant", 3, "UPDATED", "clientManager", "true", "false", "grantee", "organization 5",
                                "organization 5", "project", "ACME", "ACME"),
                        "Paula Manager took the Client Manager right on project ACME from organization #5"),
                Arguments.of(event("SIGN_OFF", 4, "SIGNED", "period", null, "2026-09", "digest", null, "ab12"),
                        "Paula Manager signed off the month September 2026"),
                Arguments.of(event("SIGN_OFF", 4, "SUPERSEDED", "state", "SIGNED", "SUPERSEDED", "digest", "ab12", "cd34"),
                        "A sign-off was superseded: the approved figures of its month changed (seen by Paula Manager)"),
                Arguments.of(by("client", "QUESTION", 1, "CREATED", null, "entryId", null, "9", "message", null, "Why 3 h for a stand-up?"),
                        "Carl Client asked question #1 about the time entry of Dana Dev on 2026-10-03 (ACME-12):"
                                + " 'Why 3 h for a stand-up?'"),
                Arguments.of(by("client", "QUESTION", 1, "UPDATED", null, "requestKey", null, "ACME-21"),
                        "Carl Client's question #1 became the service desk request ACME-21"),
                Arguments.of(by("client", "QUESTION", 2, "UPDATED", null, "notified", null, "pm"),
                        "Carl Client's question #2 was mailed to Paula Manager"),
                Arguments.of(withReason("QUESTION", 1, "CONFIRM", "The workshop ran long", "status", "OPEN", "CONFIRMED"),
                        "Paula Manager answered question #1 by confirming the entry: 'The workshop ran long'"),
                Arguments.of(withReason("QUESTION", 2, "CORRECT", "Booked twice, fixed", "status", "OPEN", "CORRECTED"),
                        "Paula Manager answered question #2 by marking the entry corrected: 'Booked twice, fixed'"));
    }

    @ParameterizedTest
    @MethodSource("everyAuditedChange")
    void eachChangeReadsAsOneSentence(AuditEvent event, String expected) {
        assertEquals(expected, HistorySentences.sentence(event, NAMES).render(HistorySentencesTest::english));
    }

    @Test
    void theTableCoversEverySubjectAndEveryActionSomeServiceWrites() {
        Set<String> pairs = everyAuditedChange().map(a -> (AuditEvent) a.get()[0])
                .map(e -> e.subject().orElseThrow().name() + "." + e.action()).collect(Collectors.toSet());
        Set<AuditSubject> subjects = EnumSet.noneOf(AuditSubject.class);
        everyAuditedChange().forEach(a -> subjects.add(((AuditEvent) a.get()[0]).subject().orElseThrow()));
        assertEquals(EnumSet.allOf(AuditSubject.class), subjects, "every subject has its sentences");
        // what the services write (DefaultBudgetService, DefaultLineItemService, DefaultExpenseService,
        // ExpenseApprovals, DefaultIssueAssignmentService, DefaultApprovalService, ClientGrantService, SignOffService,
        // DefaultQuestionService)
        Set<String> written = Set.of("BUDGET.CREATED", "BUDGET.UPDATED", "BUDGET.DELETED", "SERVICE.CREATED",
                "SERVICE.UPDATED", "SERVICE.DELETED", "EXPENSE.CREATED", "EXPENSE.UPDATED", "EXPENSE.DELETED",
                "EXPENSE.APPROVED", "EXPENSE.REJECTED", "EXPENSE.UNAPPROVED", "ISSUE.ASSIGNED", "TIME_ENTRY.UPDATED",
                "TIME_ENTRY.APPROVE", "TIME_ENTRY.REJECT", "TIME_ENTRY.UNAPPROVE", "TIME_ENTRY.APPROVE_REVISION",
                "TIME_ENTRY.DISCARD_REVISION", "PERIOD.LOCKED", "PERIOD.UNLOCKED", "CLIENT_GRANT.CREATED",
                "CLIENT_GRANT.DELETED", "CLIENT_GRANT.UPDATED", "SIGN_OFF.SIGNED", "SIGN_OFF.SUPERSEDED", "QUESTION.CREATED",
                "QUESTION.UPDATED", "QUESTION.CONFIRM", "QUESTION.CORRECT");
        assertEquals(written, pairs);
    }

    @Test
    void noSentenceOfTheTableFallsBackToTheGenericOne() {
        everyAuditedChange().forEach(a -> {
            Phrase sentence = HistorySentences.sentence((AuditEvent) a.get()[0], NAMES);
            assertTrue(sentence.key().startsWith("client-budgets.history.event.")
                    && !sentence.key().contains(".other"), sentence.key());
        });
    }

    @Test
    void anUnknownSubjectOrActionStillSaysWhoAndWhatChanged() {
        assertEquals("Paula Manager: FROBBED of WIDGET #4: colour red \u2192 blue",
                HistorySentences.sentence(event("WIDGET", 4, "FROBBED", "colour", "red", "blue"), NAMES)
                        .render(HistorySentencesTest::english));
        assertEquals("Paula Manager: WORKLOG_EDITED of TIME_ENTRY #9",
                HistorySentences.sentence(event("TIME_ENTRY", 9, "WORKLOG_EDITED"), NAMES)
                        .render(HistorySentencesTest::english));
    }

    @Test
    void userTextIsTakenAsItIsNeverAsAPattern() {
        String sentence = HistorySentences.sentence(event("EXPENSE", 30, "CREATED", "date", null, "2026-10-03",
                "description", null, "<script>alert('{0}')</script>", "amount", null, "1.00"), NAMES)
                .render(HistorySentencesTest::english);
        assertEquals("Paula Manager added the expense '<script>alert('{0}')</script>' of 03/Oct/26 (€1.00)", sentence,
                "the page escapes the whole sentence; here it must arrive unchanged, braces and quotes included");
    }

    @Test
    void aChangeWithoutAuthorIsSomeones() {
        AuditEvent e = AuditEvent.fold(List.of(new AuditRecord(WHEN, null, 7L, "PERIOD", 7, "LOCKED", "month", null,
                "2026-08", null))).get(0);
        assertEquals("Someone locked the month August 2026",
                HistorySentences.sentence(e, NAMES).render(HistorySentencesTest::english));
    }

    @Test
    void everyFieldLabelAndKindIsInTheBundle() {
        for (String field : HistoryValues.FIELDS) {
            assertFalse(english("client-budgets.history.field." + field).isBlank(), field);
        }
        HistoryPanel.kinds(Optional.empty(), HistorySentencesTest::english)
                .forEach(o -> assertFalse(o.getLabel().startsWith("client-budgets."), o.getLabel()));
        assertEquals(Arrays.stream(AuditSubject.values()).filter(s -> s != AuditSubject.CLIENT_GRANT).count() + 1,
                HistoryPanel.kinds(Optional.empty(), HistorySentencesTest::english).size(),
                "all, then each kind a budget's history holds");
    }

    @ParameterizedTest
    @MethodSource("everyAuditedChange")
    void eachChangeReadsAsOneGermanSentenceToo(AuditEvent event, String english) {
        String sentence = HistorySentences.sentence(event, GERMAN_NAMES).render(HistorySentencesTest::german);
        assertFalse(sentence.contains("{") || sentence.contains("client-budgets."), sentence);
        assertFalse(sentence.equals(english), sentence);
    }

    @Test
    void germanSentencesPutTheEntryAndTheQuotesInTheirPlace() {
        assertEquals("Paula Manager hat den Zeiteintrag von Dana Dev vom 2026-10-03 (ACME-12) abgelehnt:"
                        + " \u201eZu lang f\u00fcr ein Stand-up\u201c",
                HistorySentences.sentence(withReason("TIME_ENTRY", 9, "REJECT", "Zu lang f\u00fcr ein Stand-up",
                        "status", "PENDING", "REJECTED"), GERMAN_NAMES).render(HistorySentencesTest::german));
        assertEquals("Paula Manager hat das Budget ge\u00e4ndert: Kundenzugriff ausgeschaltet, Status Offen \u2192 Geschlossen",
                HistorySentences.sentence(event("BUDGET", 7, "UPDATED", "clientAccess", "true", "false",
                        "status", "OPEN", "CLOSED"), GERMAN_NAMES).render(HistorySentencesTest::german));
        assertEquals("Jemand hat die Leistung \u201eDesign\u201c ge\u00e4ndert: Satz 100,00\u00a0\u20ac \u2192 120,00\u00a0\u20ac",
                HistorySentences.sentence(AuditEvent.fold(List.of(new AuditRecord(WHEN, null, 7L, "SERVICE", 3,
                        "UPDATED", "rate", "100.00", "120.00", null))).get(0), GERMAN_NAMES).render(HistorySentencesTest::german));
    }
}
