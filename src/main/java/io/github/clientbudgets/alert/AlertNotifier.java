package io.github.clientbudgets.alert;

import io.github.clientbudgets.budget.Budget;

import java.util.List;

/** Tells people that a budget crossed thresholds (in Jira: e-mails through Jira's mail queue). */
public interface AlertNotifier {
    /**
     * @param won      the crossings this node recorded (each exactly once in the cluster), in threshold order
     * @param measures the approved figures they were measured on
     * @param notifyClient whether the client's recipients get the client-safe alert too
     */
    void crossed(Budget budget, List<Crossing> won, List<Measure> measures, boolean notifyClient);
}
