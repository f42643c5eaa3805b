package io.github.clientbudgets.audit;

/**
 * What an audit row is about. {@link #stored()} is the text in the audit table's object-type column: it never
 * changes, so that rows written by earlier versions still read (the grant's lower case is such a value).
 */
public enum AuditSubject {
    BUDGET("BUDGET"),
    /** A budget's line item (the users' "service"). */
    SERVICE("SERVICE"),
    EXPENSE("EXPENSE"),
    /** An issue's assignment to a line item. */
    ISSUE("ISSUE"),
    TIME_ENTRY("TIME_ENTRY"),
    /** A budget's locked month. */
    PERIOD("PERIOD"),
    CLIENT_GRANT("client-grant"),
    /** A client's sign-off of a budget's month. */
    SIGN_OFF("SIGN_OFF"),
    /** A client's question on a time entry. */
    QUESTION("QUESTION");

    private final String stored;

    AuditSubject(String stored) {
        this.stored = stored;
    }

    public String stored() {
        return stored;
    }
}
