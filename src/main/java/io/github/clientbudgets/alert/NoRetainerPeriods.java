package io.github.clientbudgets.alert;

import io.github.clientbudgets.period.PeriodFigures;
import io.github.clientbudgets.period.RetainerPeriods;
import io.github.clientbudgets.period.RetainerTerms;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Retainer periods where none are stored yet: no retainer has terms, so its alerts measure the month's totals. Wired
 * only until the periods' store is; then that one answers.
 */
public class NoRetainerPeriods implements RetainerPeriods {
    @Override
    public Optional<RetainerTerms> terms(long budgetId) {
        return Optional.empty();
    }

    @Override
    public List<PeriodFigures> periods(long budgetId, LocalDate today) {
        return List.of();
    }
}
