package io.github.clientbudgets.digest;

/** How often a budget's client digest goes out: never (the default), once a month or once an ISO week. */
public enum DigestFrequency {
    OFF, MONTHLY, WEEKLY
}
