package io.github.clientbudgets.period;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A retainer's periods and their figures, from its {@link RetainerTerms}, the time used per period and the frozen
 * figures of locked periods. All figures are whole seconds (hours with 2 decimals are multiples of 36 s).
 *
 * <p><b>Periods.</b> Calendar months or calendar quarters, from the one holding the budget's start date to the one
 * holding its end date (or to {@code through} when that comes first, or when the budget is open-ended). A time
 * entry belongs to the period of its work day, the day the worklog started in the Jira server's time zone (the day
 * the app stores with every entry, {@code WORK_MONTH} / {@code APPROVED_MONTH}); so a whole calendar month counts,
 * also the days of the first month before a mid-month start date. Time in months outside the periods is ignored.
 *
 * <p><b>Allowance.</b> A full period has the terms' allowance. A first or last period the budget covers only in part
 * (it starts after the period's first day or ends before its last) is prorated by calendar days:
 * {@code allowance × coveredDays / daysInPeriod}, rounded half up to 0.01 h (36 s); its amount likewise, rounded half
 * up to the amount's decimals. Calendar days, not work days: the client pays for the calendar period, and the app
 * knows no work calendar. February has 28 or 29 days (2028 is a leap year), a quarter 90 to 92.
 *
 * <p><b>Each period</b> n, with {@code carriedIn(first) = 0}, {@code carriedIn(n+1) = carriedOut(n)}:
 * <pre>
 *   remaining(n)  = allowance(n) + carriedIn(n) - used(n)          (negative: more used than the period had)
 *   NONE:        carriedOut(n) = 0
 *   CARRY_OVER:  carriedOut(n) =  min(cap, max(0, min(allowance(n), remaining(n))))
 *   BORROW:      carriedOut(n) = -min(cap, max(0, -remaining(n)), allowance(n+1))
 *   last period: carriedOut(n) = 0 under every rule
 * </pre>
 * Carry-over: hours carried in are used first, and what of them is unused at the period's end expires; only the
 * period's own unused allowance carries on, up to the cap. So nothing is carried for more than one period and the
 * carried hours never exceed the cap, however many periods go unused. Borrowing: overuse of period n, up to the cap
 * and up to the next period's own allowance, is taken from period n+1 (its {@code carriedIn} is negative); overuse
 * beyond that stays in period n as overage, and unused hours expire. The budget's last period has no next period: its
 * unused hours expire and its overuse is overage. The figures of the period that holds {@code through} (normally
 * today's) are the figures so far: its carried out changes as time is used.
 *
 * <p><b>Locked periods</b> keep the figures they were frozen with: the ledger takes them as given (their used time is
 * not read again) and continues from their {@code carriedOut}. The period after a locked one receives that carried
 * out whatever the rule is now: it was shown to the client as carried (or borrowed), so it is kept. A change of the
 * terms (rule, cap, allowance) therefore applies to unlocked periods only.
 */
public final class PeriodLedger {
    private final RetainerTerms terms;

    public PeriodLedger(RetainerTerms terms) {
        this.terms = Objects.requireNonNull(terms, "terms");
    }

    /**
     * @param through the last period to compute (normally the one holding today); null = the budget's last period
     * @param used    seconds used per period (missing = none); periods outside the budget are ignored
     * @param locked  frozen figures of locked periods; periods outside the budget are ignored
     * @return every period from the first to {@code through} (or the budget's last, whichever comes first), in order;
     *         empty when {@code through} is before the first period
     */
    public List<PeriodFigures> periods(PeriodKey through, Map<PeriodKey, Long> used, Map<PeriodKey, PeriodFigures> locked) {
        PeriodKey first = terms.firstPeriod();
        PeriodKey last = terms.lastPeriod();
        if (through == null && last == null) {
            throw new IllegalArgumentException("An open-ended budget needs the last period to compute");
        }
        PeriodKey end = through == null ? last : last == null || through.isBefore(last) ? through : last;
        sameKind(end);
        used.keySet().forEach(this::sameKind);
        locked.forEach((key, figures) -> {
            sameKind(key);
            if (!key.equals(figures.period())) {
                throw new IllegalArgumentException("Locked figures of " + figures.period() + " filed under " + key);
            }
        });
        List<PeriodFigures> result = new ArrayList<>();
        if (end.isBefore(first)) {
            return result;
        }
        long carriedIn = 0;
        // stops at the end itself: the period after December 9999 has no key
        for (PeriodKey p = first; ; p = p.next()) {
            PeriodFigures frozen = locked.get(p);
            PeriodFigures figures = frozen != null ? frozen.asLocked() : compute(p, carriedIn, used.getOrDefault(p, 0L));
            result.add(figures);
            carriedIn = figures.carriedOutSeconds();
            if (p.equals(end)) {
                break;
            }
        }
        return result;
    }

    private PeriodFigures compute(PeriodKey p, long carriedIn, long used) {
        if (used < 0) {
            throw new IllegalArgumentException(p + ": negative use " + used);
        }
        long allowance = allowanceSeconds(p);
        long remaining = allowance + carriedIn - used;
        long carriedOut;
        if (p.equals(terms.lastPeriod())) {
            carriedOut = 0;
        } else {
            long cap = terms.rollover().capSeconds();
            carriedOut = switch (terms.rollover().rule()) {
                case NONE -> 0;
                case CARRY_OVER -> Math.min(cap, Math.max(0, Math.min(allowance, remaining)));
                case BORROW -> -Math.min(Math.min(cap, Math.max(0, -remaining)), allowanceSeconds(p.next()));
            };
        }
        return new PeriodFigures(p, allowance, allowanceAmount(p), carriedIn, used, remaining, carriedOut, false);
    }

    /** The period's own allowance: the terms' hours, prorated by calendar days where the budget covers it in part. */
    public long allowanceSeconds(PeriodKey p) {
        int covered = coveredDays(p);
        int days = p.days();
        if (covered == days) {
            return terms.allowanceSeconds();
        }
        long hundredths = terms.allowanceSeconds() / RetainerTerms.HUNDREDTH_HOUR;
        long prorated = BigDecimal.valueOf(hundredths).multiply(BigDecimal.valueOf(covered))
                .divide(BigDecimal.valueOf(days), 0, RoundingMode.HALF_UP).longValueExact();
        return prorated * RetainerTerms.HUNDREDTH_HOUR;
    }

    /** The period's fee, prorated like its hours; null without an amount. */
    public BigDecimal allowanceAmount(PeriodKey p) {
        BigDecimal amount = terms.allowanceAmount();
        if (amount == null) {
            return null;
        }
        int covered = coveredDays(p);
        int days = p.days();
        return covered == days ? amount
                : amount.multiply(BigDecimal.valueOf(covered)).divide(BigDecimal.valueOf(days), amount.scale(),
                RoundingMode.HALF_UP);
    }

    /** Days of the period within the budget's dates (0 for a period outside them). */
    int coveredDays(PeriodKey p) {
        LocalDate from = p.firstDay().isBefore(terms.startDate()) ? terms.startDate() : p.firstDay();
        LocalDate to = terms.endDate() != null && terms.endDate().isBefore(p.lastDay()) ? terms.endDate() : p.lastDay();
        return to.isBefore(from) ? 0 : (int) (to.toEpochDay() - from.toEpochDay() + 1);
    }

    /** Seconds per calendar month (as the database groups them) summed into periods of {@code kind}. */
    public static Map<PeriodKey, Long> byPeriod(PeriodKind kind, Map<YearMonth, Long> secondsByMonth) {
        Map<PeriodKey, Long> result = new TreeMap<>();
        secondsByMonth.forEach((month, seconds) -> result.merge(PeriodKey.of(kind, month), seconds, Long::sum));
        return result;
    }

    private void sameKind(PeriodKey key) {
        if (key.kind() != terms.period()) {
            throw new IllegalArgumentException(key + " is not a " + terms.period() + " period");
        }
    }
}
