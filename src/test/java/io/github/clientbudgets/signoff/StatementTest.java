package io.github.clientbudgets.signoff;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The canonical statement: the exact text an auditor recomputes the digest over (the expected digest below was
 * computed outside Java, with {@code sha256sum} over the same text), its independence of the order rows arrive in,
 * and the supersede rule: any change to an approved figure, or to the approval that published it, changes the digest.
 */
class StatementTest {
    private static final Instant APPROVED = Instant.parse("2026-11-01T08:30:00Z");
    private static final String TEXT = """
            client-budgets-statement 1
            budget 7
            period 2026-10
            currency EUR
            service 3 HOURLY 95.00
            service 4 HOURLY 110.00
            entry 11 501 2026-10-02 5400 3 1 2026-11-01T08:30:00.000Z
            entry 12 502 2026-10-05 1800 4 0 2026-11-01T08:30:00.000Z
            entry 13 503 2026-10-06 3600 4 1 2026-11-02T10:00:00.123Z
            expense 21 2026-10-10 264.00 -
            seconds 10800
            amount 516.50
            """;

    private static List<Statement.Entry> entries() {
        return List.of(new Statement.Entry(13, 503, LocalDate.parse("2026-10-06"), 3600, 4, true, Instant.parse("2026-11-02T10:00:00.123Z")),
                new Statement.Entry(11, 501, LocalDate.parse("2026-10-02"), 5400, 3, true, APPROVED),
                new Statement.Entry(12, 502, LocalDate.parse("2026-10-05"), 1800, 4, false, APPROVED));
    }

    private static Statement statement(List<Statement.Entry> entries) {
        return new Statement(7, YearMonth.of(2026, 10), "EUR", 2,
                List.of(new Statement.Service(4, "HOURLY", new BigDecimal("110.00")), new Statement.Service(3, "HOURLY", new BigDecimal("95.00"))),
                entries, List.of(new Statement.Expense(21, LocalDate.parse("2026-10-10"), new BigDecimal("264.00"), null)));
    }

    @Test
    void theCanonicalTextAndItsDigest() {
        Statement s = statement(entries());
        assertEquals(TEXT, s.text());
        assertEquals("b858b106770881663bf1aa0de0a222e34e965a60694c1bd178564ee9b7b28d59", s.digest());
        assertEquals(10800, s.seconds());
        assertEquals(new BigDecimal("516.50"), s.amount(), "95 x 1.5 h + 110 x 1 h (the 0.5 h is not billable) + 264");
    }

    @Test
    void theOrderRowsArriveInChangesNothing() {
        List<Statement.Entry> reversed = new ArrayList<>(entries());
        java.util.Collections.reverse(reversed);
        assertEquals(statement(entries()).digest(), statement(reversed).digest());
    }

    @Test
    void everyApprovedFigureAndEveryApprovalCountsInTheDigest() {
        String before = statement(entries()).digest();
        Statement.Entry first = entries().get(1);
        List<Statement.Entry> variants = List.of(
                new Statement.Entry(11, 501, first.day(), 5460, 3, true, APPROVED), // a minute more
                new Statement.Entry(11, 501, first.day().plusDays(1), 5400, 3, true, APPROVED), // another day
                new Statement.Entry(11, 501, first.day(), 5400, 4, true, APPROVED), // another service
                new Statement.Entry(11, 501, first.day(), 5400, 3, false, APPROVED), // not billable
                new Statement.Entry(11, 501, first.day(), 5400, 3, true, APPROVED.plusSeconds(60))); // approved again
        for (Statement.Entry changed : variants) {
            List<Statement.Entry> now = new ArrayList<>(entries());
            now.set(1, changed);
            assertNotEquals(before, statement(now).digest(), changed.toString());
        }
        assertNotEquals(before, statement(entries().subList(0, 1)).digest(), "an entry unapproved");
    }

    @Test
    void aStoredStatementReadsBackToTheSameText() {
        Statement read = Statement.parse(TEXT, 2);
        assertEquals(TEXT, read.text());
        assertEquals(3, read.entries().size());
        assertThrows(IllegalArgumentException.class, () -> Statement.parse("budget 7\n", 2));
    }

    @Test
    void anEmptyMonthHasNothingToSign() {
        Statement empty = new Statement(7, YearMonth.of(2026, 10), "EUR", 2, List.of(), List.of(), List.of());
        assertTrue(empty.isEmpty());
        assertEquals(new BigDecimal("0.00"), empty.amount());
    }
}
