package io.github.clientbudgets.signoff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exactly what a client accepts when he signs off a month: the approved entries (each with the instant of the
 * approval that published it, its revision), the billable expenses, the hourly services' rates they are priced at,
 * and the totals. {@link #text()} is its canonical serialization and {@link #digest()} the lower-case hex SHA-256
 * of that text's UTF-8 bytes, so anyone holding the statement can recompute the digest.
 * <p>
 * The text, one record a line, each line ending in LF, fields separated by one space, no free text (so nothing
 * needs escaping):
 * <pre>
 * client-budgets-statement 1
 * budget {id}
 * period {YYYY-MM}
 * currency {ISO 4217}
 * service {id} {HOURLY|FIXED|NON_BILLABLE} {rate or -}      one per service an entry counts on, by id
 * entry {id} {worklogId} {YYYY-MM-DD} {seconds} {serviceId} {billable: 1|0} {approvedAt: ISO-8601 UTC ms, or -}   by id
 * expense {id} {YYYY-MM-DD} {amount, markup applied} {serviceId or -}   by id
 * seconds {total seconds of all entries}
 * amount {hourly services' rate x billable hours, each service rounded half up to the currency's minor unit, + expenses}
 * </pre>
 * Decimals are plain (no exponent, no grouping) at the currency's scale; a fixed price counts for the whole budget,
 * not for a month, so it adds nothing to a month's amount.
 */
public record Statement(long budgetId, YearMonth period, String currency, int scale, List<Service> services,
                        List<Entry> entries, List<Expense> expenses) {
    static final String HEADER = "client-budgets-statement 1";
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    public record Service(long id, String billing, BigDecimal rate) {
    }

    public record Entry(long id, long worklogId, LocalDate day, long seconds, long serviceId, boolean billable,
                        Instant approvedAt) {
    }

    public record Expense(long id, LocalDate date, BigDecimal amount, Long serviceId) {
    }

    public Statement {
        services = services.stream().sorted(Comparator.comparingLong(Service::id)).toList();
        entries = entries.stream().sorted(Comparator.comparingLong(Entry::id)).toList();
        expenses = expenses.stream().sorted(Comparator.comparingLong(Expense::id)).toList();
    }

    /** Nothing approved in the month: nothing to sign. */
    public boolean isEmpty() {
        return entries.isEmpty() && expenses.isEmpty();
    }

    public long seconds() {
        return entries.stream().mapToLong(Entry::seconds).sum();
    }

    public BigDecimal amount() {
        Map<Long, Long> billable = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.billable()) {
                billable.merge(e.serviceId(), e.seconds(), Long::sum);
            }
        }
        BigDecimal sum = BigDecimal.ZERO.setScale(scale);
        for (Service s : services) {
            Long seconds = billable.get(s.id());
            if ("HOURLY".equals(s.billing()) && s.rate() != null && seconds != null) {
                sum = sum.add(s.rate().multiply(BigDecimal.valueOf(seconds)).divide(SECONDS_PER_HOUR, scale, RoundingMode.HALF_UP));
            }
        }
        for (Expense x : expenses) {
            sum = sum.add(x.amount().setScale(scale, RoundingMode.HALF_UP));
        }
        return sum;
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        line(out, HEADER);
        line(out, "budget " + budgetId);
        line(out, "period " + period);
        line(out, "currency " + currency);
        for (Service s : services) {
            line(out, "service " + s.id() + " " + s.billing() + " " + decimal(s.rate()));
        }
        for (Entry e : entries) {
            line(out, "entry " + e.id() + " " + e.worklogId() + " " + e.day() + " " + e.seconds() + " " + e.serviceId()
                    + " " + (e.billable() ? "1" : "0") + " " + (e.approvedAt() == null ? "-" : INSTANT.format(e.approvedAt())));
        }
        for (Expense x : expenses) {
            line(out, "expense " + x.id() + " " + x.date() + " " + decimal(x.amount().setScale(scale, RoundingMode.HALF_UP))
                    + " " + (x.serviceId() == null ? "-" : x.serviceId()));
        }
        line(out, "seconds " + seconds());
        line(out, "amount " + amount().toPlainString());
        return out.toString();
    }

    public String digest() {
        return digest(text());
    }

    /** Lower-case hex SHA-256 of the text's UTF-8 bytes. */
    public static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Reads a text {@link #text()} wrote (a stored sign-off's statement) back, for its printable view. */
    public static Statement parse(String text, int scale) {
        String[] lines = text.split("\n");
        if (lines.length < 6 || !HEADER.equals(lines[0])) {
            throw new IllegalArgumentException("not a statement");
        }
        long budget = Long.parseLong(field(lines[1], "budget"));
        YearMonth period = YearMonth.parse(field(lines[2], "period"));
        String currency = field(lines[3], "currency");
        List<Service> services = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        List<Expense> expenses = new ArrayList<>();
        for (int i = 4; i < lines.length; i++) {
            String[] f = lines[i].split(" ");
            switch (f[0]) {
                case "service" -> services.add(new Service(Long.parseLong(f[1]), f[2], "-".equals(f[3]) ? null : new BigDecimal(f[3])));
                case "entry" -> entries.add(new Entry(Long.parseLong(f[1]), Long.parseLong(f[2]), LocalDate.parse(f[3]),
                        Long.parseLong(f[4]), Long.parseLong(f[5]), "1".equals(f[6]), "-".equals(f[7]) ? null : Instant.parse(f[7])));
                case "expense" -> expenses.add(new Expense(Long.parseLong(f[1]), LocalDate.parse(f[2]), new BigDecimal(f[3]),
                        "-".equals(f[4]) ? null : Long.valueOf(f[4])));
                case "seconds", "amount" -> {
                    // totals: recomputed from the lines
                }
                default -> throw new IllegalArgumentException("unknown line " + f[0]);
            }
        }
        return new Statement(budget, period, currency, scale, services, entries, expenses);
    }

    private static String field(String line, String name) {
        if (!line.startsWith(name + " ")) {
            throw new IllegalArgumentException("expected " + name);
        }
        return line.substring(name.length() + 1);
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "-" : value.toPlainString();
    }

    private static void line(StringBuilder out, String line) {
        out.append(line).append('\n');
    }
}
