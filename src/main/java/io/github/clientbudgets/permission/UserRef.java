package io.github.clientbudgets.permission;

/** A Jira user (licensed or a JSM customer) as the grant search shows him. */
public record UserRef(String key, String displayName, String emailAddress) {
}
