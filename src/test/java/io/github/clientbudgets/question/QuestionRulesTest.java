package io.github.clientbudgets.question;

import io.github.clientbudgets.common.ConflictException;
import io.github.clientbudgets.common.Errors;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.review.EntryState;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The question's rules: message and answer lengths after stripping, only open questions close, what a correction is. */
class QuestionRulesTest {

    @Test
    void aMessageIsOneTo2000CharactersOnceStripped() {
        assertEquals("Why 4 h?", valid("  Why 4 h?\n "));
        assertEquals("x".repeat(2000), valid(" " + "x".repeat(2000) + " "));
        assertEquals("line one\nline two", valid("line one\nline two"));
        for (String bad : new String[]{null, "", "   ", "\n\t", "x".repeat(2001), "nul\u0000char"}) {
            Errors errors = new Errors();
            assertNull(QuestionRules.message(bad, errors), String.valueOf(bad));
            assertTrue(errors.has("message"), String.valueOf(bad));
            assertEquals(1, fields(errors), "one error on the field");
        }
    }

    @Test
    void anAnswerFollowsTheSameRulesUnderItsOwnField() {
        Errors errors = new Errors();
        assertNull(QuestionRules.answer(" ", errors));
        assertTrue(errors.has("answer"));
        ValidationException e = assertThrows(ValidationException.class, errors::throwIfAny);
        assertTrue(e.errors().containsKey("answer"));
    }

    @Test
    void onlyAnOpenQuestionIsClosed() {
        assertDoesNotThrow(() -> QuestionRules.requireOpen(question(QuestionState.OPEN)));
        for (QuestionState closed : new QuestionState[]{QuestionState.CONFIRMED, QuestionState.CORRECTED}) {
            ConflictException e = assertThrows(ConflictException.class, () -> QuestionRules.requireOpen(question(closed)));
            assertEquals("state", e.field());
        }
    }

    @Test
    void underApprovalACorrectionIsARevisionWaitingForApproval() {
        assertThrows(ConflictException.class, () -> QuestionRules.requireCorrection(true, EntryState.approved()),
                "an approved entry without a revision: nothing was corrected");
        assertThrows(ConflictException.class, () -> QuestionRules.requireCorrection(true, EntryState.rejected()));
        assertDoesNotThrow(() -> QuestionRules.requireCorrection(true,
                EntryState.approved().withRevision(EntryState.Revision.EDIT)));
        assertDoesNotThrow(() -> QuestionRules.requireCorrection(true,
                EntryState.approved().withRevision(EntryState.Revision.DELETION)));
        assertDoesNotThrow(() -> QuestionRules.requireCorrection(true, EntryState.pending()));
        assertDoesNotThrow(() -> QuestionRules.requireCorrection(false, EntryState.approved()),
                "without approval the client sees the live worklog: the edit in Jira is the correction");
    }

    private static String valid(String text) {
        Errors errors = new Errors();
        String value = QuestionRules.message(text, errors);
        assertTrue(errors.isEmpty());
        return value;
    }

    private static int fields(Errors errors) {
        try {
            errors.throwIfAny();
            return 0;
        } catch (ValidationException e) {
            return e.errors().size();
        }
    }

    private static Question question(QuestionState state) {
        return new Question(1, 1, 1, "client", state, "m", null, Instant.EPOCH, null, null, null);
    }
}
