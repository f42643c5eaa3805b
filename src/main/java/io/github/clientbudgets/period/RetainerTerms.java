package io.github.clientbudgets.period;

import io.github.clientbudgets.common.Errors;
import io.github.clientbudgets.common.Fields;
import io.github.clientbudgets.common.Hours;
import io.github.clientbudgets.common.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * A retainer's terms: calendar periods of one kind, the hours (and optionally the amount) each full period buys,
 * the rollover rule, and the budget's dates (the first period is the one holding {@code startDate}, the last the one
 * holding {@code endDate}, none when the budget is open-ended). Hours are whole seconds, always a multiple of 36
 * (0.01 h). Invalid terms are refused with a {@link io.github.clientbudgets.common.ValidationException} whose fields
 * are the JSON names of {@link RetainerTermsInput}.
 *
 * @param allowanceAmount the fee of a full period, null when the retainer is sold in hours only
 */
public record RetainerTerms(PeriodKind period, long allowanceSeconds, BigDecimal allowanceAmount, Rollover rollover,
                            LocalDate startDate, LocalDate endDate) {
    /** 0.01 h: hours have at most 2 decimals, so seconds stay whole. */
    static final long HUNDREDTH_HOUR = 36;

    public RetainerTerms {
        Errors errors = new Errors();
        if (period == null) {
            errors.add("period", "client-budgets.error.required");
        }
        if (rollover == null) {
            errors.add("rollover", "client-budgets.error.required");
        }
        if (startDate == null) {
            errors.add("startDate", "client-budgets.error.date.required");
        }
        if (allowanceAmount != null && allowanceAmount.signum() < 0) {
            errors.add("allowanceAmount", "client-budgets.error.negative");
        }
        check(allowanceSeconds, rollover, startDate, endDate, errors);
        errors.throwIfAny();
    }

    /**
     * Parses and checks the terms as sent; every field error at once.
     *
     * @param currency the budget's currency (the amount's decimals)
     */
    public static RetainerTerms from(RetainerTermsInput in, Currency currency) {
        Errors errors = new Errors();
        PeriodKind period = Fields.choice(in.period(), PeriodKind.class, "period", errors);
        Long allowance = Hours.toSeconds(in.allowanceHours(), "allowanceHours", errors);
        if (allowance == null && !errors.has("allowanceHours")) {
            errors.add("allowanceHours", "client-budgets.error.required");
        }
        BigDecimal amount = Money.amount(in.allowanceAmount(), currency, "allowanceAmount", errors);
        RolloverRule rule = in.rollover() == null || in.rollover().isBlank() ? RolloverRule.NONE
                : Fields.choice(in.rollover(), RolloverRule.class, "rollover", errors);
        Long cap = Hours.toSeconds(in.rolloverCapHours(), "rolloverCapHours", errors);
        boolean capGiven = in.rolloverCapHours() != null && !in.rolloverCapHours().isBlank();
        Rollover rollover = null;
        if (rule == RolloverRule.NONE && capGiven) {
            errors.add("rolloverCapHours", "client-budgets.error.rollover.capWithoutRule");
        } else if (rule != null && rule != RolloverRule.NONE && !capGiven) {
            errors.add("rolloverCapHours", "client-budgets.error.rollover.capRequired");
        } else if (rule == RolloverRule.NONE) {
            rollover = Rollover.none();
        } else if (rule != null && cap != null) {
            if (cap <= 0) {
                errors.add("rolloverCapHours", "client-budgets.error.rollover.capRequired");
            } else {
                rollover = new Rollover(rule, cap);
            }
        }
        LocalDate start = Fields.date(in.startDate(), "startDate", true, errors);
        LocalDate end = Fields.date(in.endDate(), "endDate", false, errors);
        check(allowance == null ? 1 : allowance, rollover, start, end, errors);
        errors.throwIfAny();
        return new RetainerTerms(period, allowance, amount, rollover, start, end);
    }

    /** The rules between fields; a value still missing is skipped (its own error is reported already). */
    private static void check(long allowanceSeconds, Rollover rollover, LocalDate start, LocalDate end,
                              Errors errors) {
        if (allowanceSeconds <= 0) {
            errors.add("allowanceHours", "client-budgets.error.allowance.positive");
        } else if (allowanceSeconds % HUNDREDTH_HOUR != 0) {
            errors.add("allowanceHours", "client-budgets.error.decimals", 2);
        }
        if (rollover != null && rollover.rule() != RolloverRule.NONE) {
            if (rollover.capSeconds() % HUNDREDTH_HOUR != 0) {
                errors.add("rolloverCapHours", "client-budgets.error.decimals", 2);
            } else if (allowanceSeconds > 0 && rollover.capSeconds() > allowanceSeconds) {
                // more than a period's allowance never moves: only a period's own unused allowance carries over,
                // and a period cannot lend more than its own allowance
                errors.add("rolloverCapHours", "client-budgets.error.rollover.capAboveAllowance",
                        Hours.format(allowanceSeconds));
            }
        }
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("endDate", "client-budgets.error.dates.order");
        }
    }

    /** The first period: the one holding the start date. */
    public PeriodKey firstPeriod() {
        return PeriodKey.containing(period, startDate);
    }

    /** The last period (the one holding the end date), null when the budget is open-ended. */
    public PeriodKey lastPeriod() {
        return endDate == null ? null : PeriodKey.containing(period, endDate);
    }

    /** The same terms under another rule (what a PM changes; locked periods keep theirs). */
    public RetainerTerms withRollover(Rollover other) {
        return new RetainerTerms(period, allowanceSeconds, allowanceAmount, other, startDate, endDate);
    }
}
