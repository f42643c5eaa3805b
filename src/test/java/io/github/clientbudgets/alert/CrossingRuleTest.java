package io.github.clientbudgets.alert;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The crossing rule, one row per case: what a budget's approved figures and its recorded crossings make of its
 * thresholds (what is recorded, hence mailed, and what re-arms).
 */
class CrossingRuleTest {
    private static final List<Integer> DEFAULT = List.of(80, 100);

    private record Case(String name, List<Integer> thresholds, List<Measure> measures, List<Crossing> recorded,
                        List<String> toRecord, List<String> toForget) {
    }

    private static Measure hours(String used, String of) {
        return new Measure(Crossing.TOTAL, Metric.HOURS, new BigDecimal(used), new BigDecimal(of));
    }

    private static Measure amount(String used, String of) {
        return new Measure(Crossing.TOTAL, Metric.AMOUNT, new BigDecimal(used), new BigDecimal(of));
    }

    private static Measure period(String key, String used, String of) {
        return new Measure(key, Metric.HOURS, new BigDecimal(used), new BigDecimal(of));
    }

    private static Crossing recorded(String scope, Metric metric, int threshold, String base) {
        return new Crossing(7, scope, metric, threshold, new BigDecimal(base));
    }

    private static final Crossing HOURS_80 = recorded(Crossing.TOTAL, Metric.HOURS, 80, "100");
    private static final Crossing HOURS_100 = recorded(Crossing.TOTAL, Metric.HOURS, 100, "100");

    @TestFactory
    Stream<DynamicTest> theRule() {
        List<Case> cases = List.of(
                new Case("below every threshold", DEFAULT, List.of(hours("79.99", "100")), List.of(), List.of(), List.of()),
                new Case("exactly at 80 % crosses (no rounding up from 79.995)", DEFAULT, List.of(hours("80", "100")),
                        List.of(), List.of("7:total:HOURS:80"), List.of()),
                new Case("79.995 % does not cross 80 %", DEFAULT, List.of(hours("79.995", "100")), List.of(), List.of(),
                        List.of()),
                new Case("both at once when far over", DEFAULT, List.of(hours("150", "100")), List.of(),
                        List.of("7:total:HOURS:80", "7:total:HOURS:100"), List.of()),
                new Case("recorded already: nothing again", DEFAULT, List.of(hours("85", "100")), List.of(HOURS_80),
                        List.of(), List.of()),
                new Case("falls back below, same total: stays recorded (no second mail when it rises again)", DEFAULT,
                        List.of(hours("50", "100")), List.of(HOURS_80, HOURS_100), List.of(), List.of()),
                new Case("total raised and now below: re-arms", DEFAULT, List.of(hours("90", "200")),
                        List.of(HOURS_80, HOURS_100), List.of(), List.of("7:total:HOURS:80", "7:total:HOURS:100")),
                new Case("total raised but still above: stays", DEFAULT, List.of(hours("190", "200")),
                        List.of(HOURS_80), List.of(), List.of()),
                new Case("threshold removed from the settings: forgotten", List.of(100), List.of(hours("85", "100")),
                        List.of(HOURS_80), List.of(), List.of("7:total:HOURS:80")),
                new Case("hours and amount separately", DEFAULT, List.of(hours("10", "100"), amount("800.00", "1000.00")),
                        List.of(), List.of("7:total:AMOUNT:80"), List.of()),
                new Case("no base, no alert", DEFAULT, List.of(hours("10", "0")), List.of(), List.of(), List.of()),
                new Case("a retainer's period on allowance plus carry-in", DEFAULT,
                        List.of(period("2026-11", "36", "45")), List.of(), List.of("7:2026-11:HOURS:80"), List.of()),
                new Case("a new period crosses again", DEFAULT, List.of(period("2026-12", "40", "40")),
                        List.of(recorded("2026-11", Metric.HOURS, 80, "45"), recorded("2026-11", Metric.HOURS, 100, "45")),
                        List.of("7:2026-12:HOURS:80", "7:2026-12:HOURS:100"), List.of()),
                new Case("a past period is not measured: its crossings stay", DEFAULT, List.of(period("2026-12", "1", "40")),
                        List.of(recorded("2026-11", Metric.HOURS, 80, "45")), List.of(), List.of()),
                new Case("five thresholds, three reached", List.of(25, 50, 75, 100, 125), List.of(hours("75", "100")),
                        List.of(), List.of("7:total:HOURS:25", "7:total:HOURS:50", "7:total:HOURS:75"), List.of()),
                new Case("1000 % reached", List.of(1000), List.of(hours("10", "1")), List.of(),
                        List.of("7:total:HOURS:1000"), List.of()));
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            CrossingRule.Decision d = CrossingRule.decide(7, c.thresholds(), c.measures(), c.recorded());
            assertEquals(c.toRecord(), d.toRecord().stream().map(Crossing::key).toList(), "recorded");
            assertEquals(c.toForget(), d.toForget().stream().map(Crossing::key).toList(), "forgotten");
        }));
    }
}
