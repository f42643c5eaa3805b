package io.github.clientbudgets.permission;

/** A Jira project as the domain needs it. */
public record ProjectRef(long id, String key, String name) {
}
