package io.github.clientbudgets.portal;

import java.time.LocalDate;

/**
 * One time entry as a client sees it: the approved snapshot under approval, live values without. {@code comment}
 * and {@code authorKey} are null unless the budget lets clients see them (the query doesn't even select them then).
 */
public record ClientTimeEntry(long id, LocalDate date, long seconds, long serviceId, boolean billable,
                              String clientNote, String comment, String authorKey, long issueId) {
}
