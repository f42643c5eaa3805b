package io.github.clientbudgets.forecast;

/** A budget's forecast on both bases: the team sees both, a client (when the budget shows it) the approved one. */
public record Forecasts(Forecast approved, Forecast withPending) {
}
