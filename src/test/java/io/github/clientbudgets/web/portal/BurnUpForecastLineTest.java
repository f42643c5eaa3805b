package io.github.clientbudgets.web.portal;

import io.github.clientbudgets.forecast.Basis;
import io.github.clientbudgets.forecast.Forecast;
import io.github.clientbudgets.format.TestFormats;
import io.github.clientbudgets.portal.BurnUp;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The burn-up's projected line: from today's used hours to the run-out at the total, or to the chart's end. */
class BurnUpForecastLineTest {
    private static final long H = 3600;
    private static final LocalDate START = LocalDate.parse("2026-09-01");
    private static final LocalDate END = LocalDate.parse("2026-12-31");
    /** 100 h used of 200, by 2026-11-30. */
    private static final BurnUp BURN_UP = new BurnUp(START, END, 200 * H,
            List.of(new BurnUp.Point(LocalDate.parse("2026-10-01"), 40 * H),
                    new BurnUp.Point(LocalDate.parse("2026-11-30"), 100 * H)));

    /** Today 2026-12-01 (the window ends the day before). */
    private static Forecast forecast(LocalDate runsOut, long left, long perWeek, LocalDate end) {
        return new Forecast(Basis.APPROVED, runsOut, null, left, perWeek, end, LocalDate.parse("2026-11-03"),
                LocalDate.parse("2026-11-30"));
    }

    private static BurnUpChart chart(Forecast f) {
        return new BurnUpChart(BURN_UP, TestFormats.english()).withForecast(f);
    }

    @Test
    void theLineRunsFromTodaysUseToTheTotalOnTheRunOutDay() {
        BurnUpChart c = chart(forecast(LocalDate.parse("2026-12-20"), 100 * H, 35 * H, END));
        assertTrue(c.isHasForecast());
        BurnUpChart plain = new BurnUpChart(BURN_UP, TestFormats.english());
        String[] points = c.getForecastPoints().split(" ");
        assertEquals(2, points.length);
        // ends on the budget line: the same y as the total
        assertEquals(plain.getTotalY(), points[1].split(",")[1]);
        assertFalse(c.getForecastDate().isEmpty());
    }

    @Test
    void aRunOutAfterTheChartEndsTheLineAtTheChartsLastDayBelowTheTotal() {
        BurnUpChart c = chart(forecast(LocalDate.parse("2027-06-30"), 100 * H, 7 * H, END));
        String[] points = c.getForecastPoints().split(" ");
        double endY = Double.parseDouble(points[1].split(",")[1]);
        double totalY = Double.parseDouble(new BurnUpChart(BURN_UP, TestFormats.english()).getTotalY());
        assertTrue(endY > totalY, "below the budget line (SVG y grows downwards): " + endY + " vs " + totalY);
        assertEquals(Double.parseDouble(new BurnUpChart(BURN_UP, TestFormats.english()).getPlotRight()
                + ""), Double.parseDouble(points[1].split(",")[0]), 0.01);
    }

    @Test
    void noLineWithoutForecastBurnHoursLeftOrForAPeriodsForecast() {
        assertFalse(chart(null).isHasForecast());
        assertEquals("", chart(null).getForecastPoints());
        assertFalse(chart(forecast(null, 100 * H, 0, END)).isHasForecast(), "nothing burns");
        assertFalse(chart(forecast(LocalDate.parse("2026-12-01"), 0, 7 * H, END)).isHasForecast(), "used up");
        assertFalse(chart(forecast(LocalDate.parse("2026-12-20"), 10 * H, 7 * H, LocalDate.parse("2026-12-31")
                .minusDays(1))).isHasForecast(), "a retainer period's end is not the chart's");
    }
}
