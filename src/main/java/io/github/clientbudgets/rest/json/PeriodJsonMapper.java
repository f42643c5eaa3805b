package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.common.Hours;
import io.github.clientbudgets.common.Money;
import io.github.clientbudgets.period.PeriodFigures;
import io.github.clientbudgets.period.RetainerPlan;
import io.github.clientbudgets.period.RetainerTerms;
import io.github.clientbudgets.period.RolloverRule;

import java.time.LocalDate;
import java.util.List;

/** Retainer terms and periods as the REST shows them (the team's and the portal's periods have one shape). */
public final class PeriodJsonMapper {
    private PeriodJsonMapper() {
    }

    /** @param today the server's day: the period holding it is the current one */
    public static List<PeriodJson> periods(List<PeriodFigures> figures, LocalDate today) {
        return figures.stream().map(f -> period(f, f.period().contains(today))).toList();
    }

    public static PeriodJson period(PeriodFigures f, boolean current) {
        return new PeriodJson(f.period().toString(), Hours.format(f.allowanceSeconds()),
                Hours.format(f.carriedInSeconds()), Hours.format(f.usedSeconds()), Hours.format(f.remainingSeconds()),
                Hours.format(f.carriedOutSeconds()), current ? null : Hours.format(f.expiredSeconds()),
                Hours.format(f.overageSeconds()), Money.format(f.allowanceAmount()), f.locked(), current);
    }

    public static RetainerJson retainer(RetainerTerms terms) {
        RetainerPlan plan = RetainerPlan.of(terms);
        boolean capped = plan.rollover().rule() != RolloverRule.NONE;
        return new RetainerJson(plan.period().name(), Hours.format(plan.allowanceSeconds()),
                Money.format(plan.allowanceAmount()), plan.rollover().rule().name(),
                capped ? Hours.format(plan.rollover().capSeconds()) : null);
    }
}
