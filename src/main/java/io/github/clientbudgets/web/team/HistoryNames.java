package io.github.clientbudgets.web.team;

import io.github.clientbudgets.format.Formats;

import java.util.Optional;

/** What a history sentence names besides the figures: people, line items, expenses, issues and time entries. */
public interface HistoryNames {
    /** A user's display name; the key itself for a user Jira no longer knows. */
    String person(String userKey);

    Optional<String> service(long serviceId);

    Optional<String> expense(long expenseId);

    Optional<String> issueKey(long issueId);

    Optional<EntryFacts> entry(long entryId);

    /** The budget's currency code, the unit of its amounts. */
    String currency();

    /** The reader's formats: money, hours, percentages and days in his locale and Jira's date format. */
    Formats formats();

    /** How a time entry is named: whose, which day, which issue. */
    record EntryFacts(String person, String day, String issueKey) {
    }
}
