package io.github.clientbudgets.web.team;

import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.permission.Permissions;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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

    /**
     * Display names by user key, each asked of Jira once per page; the key itself for a user Jira no longer knows
     * (or one without a name), which is what {@link #person} answers.
     */
    static Function<String, String> displayNames(Permissions permissions) {
        Map<String, String> people = new HashMap<>();
        return key -> people.computeIfAbsent(key, k -> {
            String name = permissions.displayName(k);
            return name == null || name.isBlank() ? k : name;
        });
    }

    /** How a time entry is named: whose, which day, which issue. */
    record EntryFacts(String person, String day, String issueKey) {
    }
}
