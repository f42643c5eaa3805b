package io.github.clientbudgets.web.portal;

import io.github.clientbudgets.portal.BurnUp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartScaleTest {
    private static List<String> ticks(String max, int target) {
        return ChartScale.ticks(new BigDecimal(max), target).stream().map(BigDecimal::toPlainString).toList();
    }

    @ParameterizedTest(name = "{0} h in about {1} steps: {2}")
    @CsvSource(delimiter = ';', value = {
            "200;5;0 50 100 150 200",
            "220;5;0 50 100 150 200 250",
            "4227.5;5;0 1000 2000 3000 4000 5000",
            "7.5;5;0 2 4 6 8",
            "12;5;0 2.5 5 7.5 10 12.5",
            "0.3;5;0 0.1 0.2 0.3",
            "1;5;0 0.2 0.4 0.6 0.8 1",
            "100;4;0 25 50 75 100",
            "99;1;0 100"})
    void valueTicksAreRoundStepsFromZeroToAtLeastTheMaximum(String max, int target, String expected) {
        assertEquals(Arrays.asList(expected.split(" ")), ticks(max, target));
    }

    @Test
    void nothingToShowStillGivesAnAxis() {
        assertEquals(List.of("0", "1"), ticks("0", 5));
        assertThrows(IllegalArgumentException.class, () -> ChartScale.ticks(BigDecimal.TEN, 0));
    }

    @ParameterizedTest(name = "{0} to {1}, at most {2}: {3}")
    @CsvSource(delimiter = ';', value = {
            "2026-09-01;2026-12-31;8;2026-09-01 2026-10-01 2026-11-01 2026-12-01",
            "2026-09-15;2026-12-31;8;2026-10-01 2026-11-01 2026-12-01",
            "2026-01-01;2026-12-31;8;2026-01-01 2026-03-01 2026-05-01 2026-07-01 2026-09-01 2026-11-01",
            "2026-01-01;2027-12-31;8;2026-01-01 2026-04-01 2026-07-01 2026-10-01 2027-01-01 2027-04-01 2027-07-01 2027-10-01",
            "2026-01-01;2029-12-31;8;2026-01-01 2026-07-01 2027-01-01 2027-07-01 2028-01-01 2028-07-01 2029-01-01 2029-07-01",
            "2026-10-05;2026-10-25;8;"})
    void monthTicksAreMonthStartsSpacedToFit(String start, String end, int max, String expected) {
        List<String> ticks = ChartScale.monthTicks(LocalDate.parse(start), LocalDate.parse(end), max).stream()
                .map(LocalDate::toString).toList();
        assertEquals(expected == null ? List.of() : Arrays.asList(expected.split(" ")), ticks);
    }

    @Test
    void theChartPutsTicksOnTheAxesAndPointsWhereTheTableSays() {
        BurnUp burnUp = new BurnUp(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-12-31"), 720_000L, List.of(
                new BurnUp.Point(LocalDate.parse("2026-09-10"), 36_000),
                new BurnUp.Point(LocalDate.parse("2026-09-30"), 180_000),
                new BurnUp.Point(LocalDate.parse("2026-10-15"), 432_000)));
        BurnUpChart chart = new BurnUpChart(burnUp, io.github.clientbudgets.format.TestFormats.english());
        assertEquals(List.of("0", "50", "100", "150", "200"), chart.getValueTicks().stream().map(ChartTick::getLabel).toList());
        // 0 h on the bottom edge, the top tick on the top edge
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f", (double) chart.getPlotBottom()), chart.getValueTicks().get(0).getPosition());
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f", (double) chart.getPlotTop()), chart.getValueTicks().get(4).getPosition());
        assertEquals(chart.getValueTicks().get(4).getPosition(), chart.getTotalY(), "the total (200 h) is the top tick");
        assertEquals(List.of("Sep 2026", "Oct 2026", "Nov 2026", "Dec 2026"),
                chart.getMonthTicks().stream().map(ChartTick::getLabel).toList());
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f", (double) chart.getPlotLeft()), chart.getMonthTicks().get(0).getPosition());
        List<ChartPoint> points = chart.getMarkers();
        assertEquals(List.of("September 2026", "October 2026"), points.stream().map(ChartPoint::getMonth).toList(),
                "a point per month with time");
        assertEquals(List.of("50.00", "120.00"), points.stream().map(ChartPoint::getHours).toList());
        assertEquals(chart.getMonths().stream().map(ChartMonth::getHours).toList(),
                points.stream().map(ChartPoint::getHours).toList(), "the points are the table's rows");
        for (ChartPoint p : points) {
            double tipX = Double.parseDouble(p.getTipX());
            double tipY = Double.parseDouble(p.getTipY());
            assertTrue(tipX >= 0 && tipX + p.getTipWidth() <= chart.getWidth(), "the tooltip stays inside: " + tipX);
            assertTrue(tipY >= 0 && tipY + p.getTipHeight() <= chart.getHeight(), "the tooltip stays inside: " + tipY);
        }
        assertFalse(chart.isHasForecast(), "no forecast yet, only its hook");
    }

    @Test
    void aPointNearTheTopHasItsTooltipBelowIt() {
        BurnUp burnUp = new BurnUp(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-30"), null,
                List.of(new BurnUp.Point(LocalDate.parse("2026-09-30"), 360_000)));
        ChartPoint top = new BurnUpChart(burnUp, io.github.clientbudgets.format.TestFormats.english()).getMarkers().get(0);
        assertTrue(Double.parseDouble(top.getTipY()) > Double.parseDouble(top.getY()), "below the point");
        assertTrue(Double.parseDouble(top.getTipX()) + top.getTipWidth() <= BurnUpChart.WIDTH, "inside on the right");
    }
}
