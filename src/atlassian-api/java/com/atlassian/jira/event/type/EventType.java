package com.atlassian.jira.event.type;

/**
 * Stand-in. Source: [C J63]: public static final Long (boxed, so not inlined at compile time).
 * ISSUE_DELETED_ID (8) and ISSUE_MOVED_ID (9) were checked separately in Jira's EventType source
 * (turgaycelik/mysource, jira-api .../event/type/EventType.java, Jira 6.3; the ids have not changed since).
 */
public class EventType {
    public static final Long ISSUE_CREATED_ID = 1L;
    public static final Long ISSUE_UPDATED_ID = 2L;
    public static final Long ISSUE_MOVED_ID = 9L;
    public static final Long ISSUE_DELETED_ID = 8L;
    public static final Long ISSUE_WORKLOGGED_ID = 10L;
    public static final Long ISSUE_WORKLOG_UPDATED_ID = 15L;
    public static final Long ISSUE_WORKLOG_DELETED_ID = 16L;
}
