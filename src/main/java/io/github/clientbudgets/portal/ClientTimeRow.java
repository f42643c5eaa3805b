package io.github.clientbudgets.portal;

/** A client time entry with what the pages show next to it: its service's name, issue key and (if allowed) person. */
public record ClientTimeRow(ClientTimeEntry entry, String serviceName, String issueKey, String personName) {
}
