package io.github.clientbudgets.portal;

import io.github.clientbudgets.access.ClientView;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetStatus;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.period.PeriodFigures;
import io.github.clientbudgets.period.PeriodKey;
import io.github.clientbudgets.period.PeriodKind;
import io.github.clientbudgets.period.RetainerPeriods;
import io.github.clientbudgets.period.RetainerTerms;
import io.github.clientbudgets.period.Rollover;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The client's periods: only through an opened {@link Portal}, for the day the clock says, and as CSV in machine
 * formats (negative figures stay numbers, text cells are still neutralised against formulas).
 */
class ClientPeriodsTest {
    private static final long H = 3600;
    private static final Clock NOV_20 = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
    private static final RetainerTerms TERMS = new RetainerTerms(PeriodKind.MONTHLY, 40 * H, new BigDecimal("4000.00"),
            Rollover.borrow(10 * H), LocalDate.parse("2026-09-01"), null);

    /** The port as a fake: answers for budget 7 only, and records the days it was asked for. */
    private static final class FakePeriods implements RetainerPeriods {
        final List<LocalDate> asked = new ArrayList<>();
        final RetainerTerms terms;

        FakePeriods(RetainerTerms terms) {
            this.terms = terms;
        }

        @Override
        public Optional<RetainerTerms> terms(long budgetId) {
            return budgetId == 7 ? Optional.ofNullable(terms) : Optional.empty();
        }

        @Override
        public List<PeriodFigures> periods(long budgetId, LocalDate today) {
            asked.add(today);
            if (budgetId != 7 || terms == null) {
                return List.of();
            }
            BigDecimal fee = terms.allowanceAmount();
            return List.of(new PeriodFigures(PeriodKey.month(2026, 9), 40 * H, fee, 0, 30 * H, 10 * H, 0, true),
                    new PeriodFigures(PeriodKey.month(2026, 10), 40 * H, fee, 0, 45 * H + 1800, -5 * H - 1800,
                            -5 * H - 1800, false),
                    new PeriodFigures(PeriodKey.month(2026, 11), 40 * H, fee, -5 * H - 1800, 12 * H, 22 * H + 1800,
                            0, false));
        }
    }

    private static Portal portal(long budgetId) {
        Budget budget = new Budget(budgetId, 10, "=HYPERLINK(\"x\")", BudgetType.RETAINER, Currency.getInstance("USD"),
                LocalDate.parse("2026-09-01"), null, null, null, "pm", BudgetStatus.OPEN, true, true, false, false,
                80, 100);
        return new Portal(budget, new ClientView(true, true, false, false, List.of()), null);
    }

    private static final Map<String, String> TEXT = Map.of("client-budgets.periods.csv.period", "Period",
            "client-budgets.periods.csv.allowance", "Allowance", "client-budgets.periods.csv.amount", "Fee",
            "client-budgets.periods.csv.carriedIn", "Carried in", "client-budgets.periods.csv.used", "Used",
            "client-budgets.periods.csv.remaining", "Remaining", "client-budgets.periods.csv.carriedOut", "Carried out",
            "client-budgets.periods.locked", "Locked", "client-budgets.yes", "Yes", "client-budgets.no", "No");

    private static String csv(CsvDownload download) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        download.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void thePeriodsAreThoseOfTodayAsTheClockSays() {
        FakePeriods fake = new FakePeriods(TERMS);
        ClientPeriods periods = new ClientPeriods(fake, NOV_20);
        assertEquals(3, periods.periods(portal(7)).size());
        assertEquals(List.of(LocalDate.parse("2026-11-20")), fake.asked);
        assertEquals(Optional.of(TERMS), periods.terms(portal(7)));
        assertEquals(Optional.empty(), periods.terms(portal(8)));
        assertEquals(LocalDate.parse("2026-11-20"), periods.today());
    }

    @Test
    void theCsvHasOneRowPerPeriodInMachineFormatsWithNegativeFiguresAsNumbers() throws IOException {
        CsvDownload download = new ClientPeriods(new FakePeriods(TERMS), NOV_20).csv(portal(7), TEXT::get);
        assertEquals("attachment; filename=\"budget-7-periods.csv\"", download.headers().get("Content-Disposition"));
        assertEquals("nosniff", download.headers().get("X-Content-Type-Options"));
        assertEquals(String.join("\r\n",
                "\"Period\",\"Allowance\",\"Fee (USD)\",\"Carried in\",\"Used\",\"Remaining\",\"Carried out\",\"Locked\"",
                "\"2026-09\",\"40.00\",\"4000.00\",\"0.00\",\"30.00\",\"10.00\",\"0.00\",\"Yes\"",
                "\"2026-10\",\"40.00\",\"4000.00\",\"0.00\",\"45.50\",\"-5.50\",\"-5.50\",\"No\"",
                "\"2026-11\",\"40.00\",\"4000.00\",\"-5.50\",\"12.00\",\"22.50\",\"0.00\",\"No\"", ""),
                csv(download));
    }

    @Test
    void withoutAFeeTheCsvHasNoFeeColumnAndWithoutTermsOnlyItsHeader() throws IOException {
        RetainerTerms hoursOnly = new RetainerTerms(PeriodKind.MONTHLY, 40 * H, null, Rollover.none(),
                LocalDate.parse("2026-09-01"), null);
        String body = csv(new ClientPeriods(new FakePeriods(hoursOnly), NOV_20).csv(portal(7), TEXT::get));
        assertTrue(body.startsWith("\"Period\",\"Allowance\",\"Carried in\","), body);
        assertTrue(body.contains("\"2026-09\",\"40.00\",\"0.00\",\"30.00\""), body);
        assertEquals("\"Period\",\"Allowance\",\"Carried in\",\"Used\",\"Remaining\",\"Carried out\",\"Locked\"\r\n",
                csv(new ClientPeriods(new FakePeriods(null), NOV_20).csv(portal(7), TEXT::get)));
    }

    @Test
    void aRowOfFiguresKeepsPlainDecimalsAndNeutralisesEverythingElse() {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.rowOfFigures(java.util.Arrays.asList("-5.50", "-5", "12.00", "-1+1", "=1", "-", "-.5", "1e5", "-5.", null,
                "+5"));
        assertEquals("\"-5.50\",\"-5\",\"12.00\",\"'-1+1\",\"'=1\",\"'-\",\"'-.5\",\"1e5\",\"'-5.\",\"\",\"'+5\"\r\n",
                out.toString());
    }
}
