package io.github.clientbudgets.web.team;

import io.github.clientbudgets.audit.AuditEvent;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** One change in a budget's history on its page: when, and the sentence that says who did what. */
public final class HistoryView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");
    private final AuditEvent event;
    private final String sentence;

    public HistoryView(AuditEvent event, String sentence) {
        this.event = event;
        this.sentence = sentence;
    }

    public String getWhen() {
        return WHEN.format(event.when().atOffset(ZoneOffset.UTC));
    }

    /** The moment as ISO-8601, for a {@code <time datetime>}. */
    public String getWhenIso() {
        return event.when().toString();
    }

    /** Plain text (the page escapes it): who did what, e.g. "Paula Manager added the expense 'Hotel' (...)". */
    public String getSentence() {
        return sentence;
    }

    /** The subject's name ({@code EXPENSE}, {@code TIME_ENTRY}, ...), or {@code OTHER} for a type no rule knows. */
    public String getKind() {
        return event.subject().map(Enum::name).orElse(HistoryPanel.OTHER);
    }
}
