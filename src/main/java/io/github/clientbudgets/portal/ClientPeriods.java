package io.github.clientbudgets.portal;

import io.github.clientbudgets.common.Hours;
import io.github.clientbudgets.common.Money;
import io.github.clientbudgets.period.PeriodFigures;
import io.github.clientbudgets.period.RetainerPeriods;
import io.github.clientbudgets.period.RetainerTerms;

import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A retainer's periods as a client sees them: only through a {@link Portal} (the visibility rule has said yes), from
 * the figures {@link RetainerPeriods} computes from approved time (live time where the budget needs no approval,
 * which is what the client sees anyway). Period figures carry no rate, cost or person: hours and the fee the client
 * pays, nothing else.
 */
public class ClientPeriods {
    private final RetainerPeriods periods;
    private final Clock clock;

    public ClientPeriods(RetainerPeriods periods, Clock clock) {
        this.periods = periods;
        this.clock = clock;
    }

    /** Today, as the periods count it. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The retainer's terms; empty for other budgets and retainers without terms. */
    public Optional<RetainerTerms> terms(Portal portal) {
        return periods.terms(portal.budget().id());
    }

    /** The periods from the first to the one holding today, oldest first; empty without terms. */
    public List<PeriodFigures> periods(Portal portal) {
        return periods.periods(portal.budget().id(), today());
    }

    /**
     * The periods as a CSV download, one row per period, oldest first; a header row only for a budget without
     * periods. Machine formats whatever the reader's locale, as in the time CSV: the period as {@code YYYY-MM} or
     * {@code YYYY-Qn}, hours as decimals with a point (carried hours negative where borrowed), the fee as a plain
     * decimal in the budget's currency (a column only where the retainer has a fee).
     */
    public CsvDownload csv(Portal portal, Function<String, String> text) {
        List<PeriodFigures> list = periods(portal);
        boolean amounts = terms(portal).map(t -> t.allowanceAmount() != null).orElse(false);
        String currency = portal.budget().currency().getCurrencyCode();
        return new CsvDownload("budget-" + portal.budget().id() + "-periods.csv", out -> write(out, list, amounts,
                currency, text));
    }

    private static void write(Writer out, List<PeriodFigures> list, boolean amounts, String currency,
                              Function<String, String> text) {
        CsvWriter csv = new CsvWriter(out);
        List<String> header = new ArrayList<>(List.of(text.apply("client-budgets.periods.csv.period"),
                text.apply("client-budgets.periods.csv.allowance")));
        if (amounts) {
            header.add(text.apply("client-budgets.periods.csv.amount") + " (" + currency + ")");
        }
        header.addAll(List.of(text.apply("client-budgets.periods.csv.carriedIn"),
                text.apply("client-budgets.periods.csv.used"), text.apply("client-budgets.periods.csv.remaining"),
                text.apply("client-budgets.periods.csv.carriedOut"), text.apply("client-budgets.periods.locked")));
        csv.row(header);
        for (PeriodFigures p : list) {
            List<String> cells = new ArrayList<>(List.of(p.period().toString(), Hours.format(p.allowanceSeconds())));
            if (amounts) {
                cells.add(p.allowanceAmount() == null ? "" : Money.format(p.allowanceAmount()));
            }
            cells.addAll(List.of(Hours.format(p.carriedInSeconds()), Hours.format(p.usedSeconds()),
                    Hours.format(p.remainingSeconds()), Hours.format(p.carriedOutSeconds()),
                    p.locked() ? text.apply("client-budgets.yes") : text.apply("client-budgets.no")));
            csv.rowOfFigures(cells);
        }
    }
}
