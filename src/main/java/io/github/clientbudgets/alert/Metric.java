package io.github.clientbudgets.alert;

/** What a threshold is measured on: the approved hours, or the approved amount. */
public enum Metric {
    HOURS, AMOUNT
}
