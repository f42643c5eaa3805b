package io.github.clientbudgets.question;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.testing.AoTest;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Questions on H2 and PostgreSQL: the database keeps one open question per entry and client (the unique question
 * key refuses a second row, whatever the application checked before), closing is one compare-and-set that frees the
 * key, and the text comes back exactly as written.
 */
class AoQuestionStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30.123Z");

    @AoTest
    void aClientHoldsOneOpenQuestionPerEntryTheDatabaseRefusesASecond(ActiveObjects ao) {
        AoQuestionStore store = new AoQuestionStore(ao);
        Question first = store.create(1, 10, "client", "What is this?", NOW);

        assertThrows(RuntimeException.class, () -> ao.executeInTransaction(
                () -> store.create(1, 10, "client", "What is this? (again)", NOW)), "the unique key refuses it");
        assertEquals(List.of(first), store.ofBudget(1), "one row");
        Question otherClient = store.create(1, 10, "other", "Me too", NOW);
        Question otherEntry = store.create(1, 11, "client", "And this?", NOW);
        assertEquals(List.of(otherEntry, otherClient, first), store.ofBudget(1), "newest first");
        assertEquals(first, store.openOf(10, "client").orElseThrow());
        assertEquals(List.of(otherEntry, first), store.ofBudget(1, "client"));
    }

    @AoTest
    void closingIsOneCompareAndSetAndFreesTheEntryForANewQuestion(ActiveObjects ao) {
        AoQuestionStore store = new AoQuestionStore(ao);
        Question q = store.create(1, 10, "client", "What is this?", NOW);

        assertTrue(store.close(q.id(), QuestionState.CONFIRMED, "Design review, see ACME-3.", "pm", NOW.plusSeconds(60)));
        assertFalse(store.close(q.id(), QuestionState.CORRECTED, "late", "admin", NOW.plusSeconds(90)),
                "closed already: the second close changes nothing");
        Question closed = store.byId(q.id()).orElseThrow();
        assertEquals(QuestionState.CONFIRMED, closed.state());
        assertEquals("Design review, see ACME-3.", closed.answer());
        assertEquals("pm", closed.answeredBy());
        assertEquals(NOW.plusSeconds(60), closed.answeredAt());
        assertTrue(store.openOf(10, "client").isEmpty());

        Question again = store.create(1, 10, "client", "Still unclear", NOW.plusSeconds(120));
        assertEquals(QuestionState.OPEN, again.state(), "a closed question frees the entry");
        assertEquals(List.of(again), store.openOn(List.of(10L, 11L)));
    }

    @AoTest
    void textAndRequestKeyComeBackExactly(ActiveObjects ao) {
        AoQuestionStore store = new AoQuestionStore(ao);
        String message = "<script>alert('x')</script> & \"quotes\"\nsecond line \u00e4\u00f6\u00fc \ud83d\ude00 "
                + "x".repeat(1900);
        Question q = store.create(2, 20, "client", message, NOW);
        assertNull(q.requestKey());
        store.setRequestKey(q.id(), "ACME-42");

        Question read = store.byId(q.id()).orElseThrow();
        assertEquals(message, read.message());
        assertEquals("ACME-42", read.requestKey());
        assertEquals(NOW, read.createdAt());
        assertTrue(store.byId(0).isEmpty() && store.byId(Long.MAX_VALUE).isEmpty() && store.byId(999).isEmpty());
    }
}
