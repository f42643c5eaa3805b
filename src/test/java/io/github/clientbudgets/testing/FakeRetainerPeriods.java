package io.github.clientbudgets.testing;

import io.github.clientbudgets.period.PeriodFigures;
import io.github.clientbudgets.period.PeriodKey;
import io.github.clientbudgets.period.PeriodKind;
import io.github.clientbudgets.period.RetainerPeriods;
import io.github.clientbudgets.period.RetainerTerms;
import io.github.clientbudgets.period.Rollover;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link RetainerPeriods} as a fake for page tests: terms and figures per budget as given, the periods up to the one
 * holding the day asked for. {@link #supportRetainer} gives a monthly retainer with carry-over and three months.
 */
public final class FakeRetainerPeriods implements RetainerPeriods {
    public static final long H = 3600;
    private final Map<Long, RetainerTerms> terms = new HashMap<>();
    private final Map<Long, List<PeriodFigures>> figures = new HashMap<>();
    /** The days the periods were asked for, in order. */
    public final List<LocalDate> asked = new ArrayList<>();

    public FakeRetainerPeriods with(long budgetId, RetainerTerms retainerTerms, List<PeriodFigures> periods) {
        terms.put(budgetId, retainerTerms);
        figures.put(budgetId, List.copyOf(periods));
        return this;
    }

    /**
     * 40 h a month for $4,000, unused hours carried over up to 10 h, from September 2026: September locked (32 h
     * used, 8 h carried), October overrun (50 h of 48 h), November under way (12.5 h).
     */
    public static FakeRetainerPeriods supportRetainer(long budgetId) {
        RetainerTerms t = new RetainerTerms(PeriodKind.MONTHLY, 40 * H, new BigDecimal("4000.00"),
                Rollover.carryOver(10 * H), LocalDate.parse("2026-09-01"), null);
        BigDecimal fee = new BigDecimal("4000.00");
        return new FakeRetainerPeriods().with(budgetId, t, List.of(
                new PeriodFigures(PeriodKey.month(2026, 9), 40 * H, fee, 0, 32 * H, 8 * H, 8 * H, true),
                new PeriodFigures(PeriodKey.month(2026, 10), 40 * H, fee, 8 * H, 50 * H, -2 * H, 0, false),
                new PeriodFigures(PeriodKey.month(2026, 11), 40 * H, fee, 0, 12 * H + 1800, 27 * H + 1800, 10 * H,
                        false)));
    }

    @Override
    public Optional<RetainerTerms> terms(long budgetId) {
        return Optional.ofNullable(terms.get(budgetId));
    }

    @Override
    public List<PeriodFigures> periods(long budgetId, LocalDate today) {
        asked.add(today);
        return figures.getOrDefault(budgetId, List.of()).stream().filter(p -> !p.period().firstDay().isAfter(today))
                .toList();
    }
}
