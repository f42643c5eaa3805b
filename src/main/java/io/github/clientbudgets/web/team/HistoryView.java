package io.github.clientbudgets.web.team;

import io.github.clientbudgets.audit.AuditRecord;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** One line of a budget's history on its page. */
public final class HistoryView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");
    private final AuditRecord record;
    private final String authorName;

    public HistoryView(AuditRecord record, String authorName) {
        this.record = record;
        this.authorName = authorName;
    }

    public String getWhen() {
        return WHEN.format(record.when().atOffset(ZoneOffset.UTC));
    }

    public String getAuthorName() {
        return authorName == null ? "" : authorName;
    }

    /** e.g. "SERVICE 12 UPDATED". */
    public String getWhat() {
        return record.objectType() + " " + record.objectId() + " " + record.action();
    }

    public String getField() {
        return record.field() == null ? "" : record.field();
    }

    public String getFrom() {
        return record.from() == null ? "" : record.from();
    }

    public String getTo() {
        return record.to() == null ? "" : record.to();
    }
}
