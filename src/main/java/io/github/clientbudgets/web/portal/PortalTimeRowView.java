package io.github.clientbudgets.web.portal;

import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.portal.ClientTimeRow;

/** One row of the portal's Time tab. Comment and person are null unless the budget allows them. */
public final class PortalTimeRowView {
    private final ClientTimeRow row;
    private final Formats formats;

    PortalTimeRowView(ClientTimeRow row, Formats formats) {
        this.row = row;
        this.formats = formats;
    }

    /** The entry's id (what a question names). */
    public long getId() {
        return row.entry().id();
    }

    /** The day in the reader's Jira date format. */
    public String getDate() {
        return formats.date(row.entry().date());
    }

    /** The day as ISO, for the {@code datetime} of its {@code <time>} element. */
    public String getIsoDate() {
        return row.entry().date().toString();
    }

    public String getIssueKey() {
        return row.issueKey() == null ? "" : row.issueKey();
    }

    public String getService() {
        return row.serviceName() == null ? "" : row.serviceName();
    }

    public String getHours() {
        return formats.hours(row.entry().seconds());
    }

    public boolean isBillable() {
        return row.entry().billable();
    }

    public String getNote() {
        return row.entry().clientNote() == null ? "" : row.entry().clientNote();
    }

    public String getComment() {
        return row.entry().comment() == null ? "" : row.entry().comment();
    }

    public String getPerson() {
        return row.personName() == null ? "" : row.personName();
    }
}
