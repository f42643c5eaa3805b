package io.github.clientbudgets.forecast;

/** What a forecast counts as burnt: approved time only (what the client sees), or approved and pending time. */
public enum Basis {
    /** Approved time only; without approval required, all logged time (nothing is pending then). */
    APPROVED,
    /** Approved and pending time: what the budget will have used once everything waiting is approved. */
    WITH_PENDING
}
