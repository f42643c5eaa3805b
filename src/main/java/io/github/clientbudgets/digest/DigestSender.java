package io.github.clientbudgets.digest;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import io.github.clientbudgets.access.ClientRecipients;
import io.github.clientbudgets.access.UnsubscribeTokens;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.common.AppUrls;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.portal.ClientSummary;
import io.github.clientbudgets.portal.CsvDownload;
import io.github.clientbudgets.portal.Portal;
import io.github.clientbudgets.portal.PortalService;
import io.github.clientbudgets.portal.TimeFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Sends the client digests that are due: for every budget whose digest is on, its last full period (month or ISO
 * week, {@link DigestPeriod}) to each of its client recipients ({@link ClientRecipients}). Each recipient gets what
 * the portal shows him, through the portal's own path ({@link PortalService#open} as him, so the visibility rule and
 * his view decide): the budget's client summary (approved figures only where approval is required), the period's
 * hours and the period's CSV, the very file his Time tab downloads for those days. A digest goes out once per
 * budget, period and recipient whatever runs when and where: it is claimed in {@link DigestLedger} (a unique row)
 * and mailed only by the one claim that wins. A mail that could not be composed (the recipient lost sight of the
 * budget meanwhile) is not claimed, so a later run tries again. Texts are in the recipient's language (his Jira
 * profile's, through SAL's {@code LocaleResolver}).
 */
public class DigestSender {
    private static final Logger LOG = LoggerFactory.getLogger(DigestSender.class);
    private final DigestSettings settings;
    private final BudgetStore budgets;
    private final ClientRecipients recipients;
    private final PortalService portal;
    private final DigestLedger ledger;
    private final DigestMailer mailer;
    private final UnsubscribeTokens tokens;
    private final I18nResolver i18n;
    private final LocaleResolver locales;
    private final ApplicationProperties application;
    private final Clock clock;

    public DigestSender(DigestSettings settings, BudgetStore budgets, ClientRecipients recipients, PortalService portal,
                        DigestLedger ledger, DigestMailer mailer, UnsubscribeTokens tokens, I18nResolver i18n,
                        LocaleResolver locales, ApplicationProperties application, Clock clock) {
        this.settings = settings;
        this.budgets = budgets;
        this.recipients = recipients;
        this.portal = portal;
        this.ledger = ledger;
        this.mailer = mailer;
        this.tokens = tokens;
        this.i18n = i18n;
        this.locales = locales;
        this.application = application;
        this.clock = clock;
    }

    /** How many digests this run mailed, and how many budgets it looked at. */
    public record Outcome(int mailed, int budgets) {
    }

    /** Every digest due today (in the server's time zone), until {@code stop} says so. */
    public Outcome sendDue(BooleanSupplier stop) {
        return sendDue(LocalDate.now(clock), stop);
    }

    Outcome sendDue(LocalDate today, BooleanSupplier stop) {
        int mailed = 0;
        int looked = 0;
        for (Map.Entry<Long, DigestFrequency> on : settings.enabled().entrySet()) {
            if (stop.getAsBoolean()) {
                break;
            }
            Optional<Budget> budget = budgets.budget(on.getKey());
            if (budget.isEmpty()) {
                continue;
            }
            looked++;
            DigestPeriod period = DigestPeriod.previous(on.getValue(), today);
            if (!period.overlaps(budget.get().startDate(), budget.get().endDate())) {
                continue;
            }
            for (ClientRecipients.Recipient recipient : recipients.of(on.getKey())) {
                try {
                    if (send(budget.get().id(), period, recipient)) {
                        mailed++;
                    }
                } catch (RuntimeException e) {
                    // one recipient's failure never keeps the others from their digest; the next run tries again
                    LOG.warn("Client Budgets: the {} digest of budget {} to {} failed: {}", period.key(), on.getKey(),
                            recipient.userKey(), e.toString());
                }
            }
        }
        return new Outcome(mailed, looked);
    }

    private boolean send(long budgetId, DigestPeriod period, ClientRecipients.Recipient recipient) {
        if (ledger.sent(budgetId, period.key(), recipient.userKey())) {
            return false;
        }
        Portal opened;
        try {
            opened = portal.open(recipient.userKey(), budgetId);
        } catch (NotFoundException invisible) {
            return false;
        }
        DigestMail mail = compose(opened, period, recipient);
        if (!ledger.claim(budgetId, period.key(), recipient.userKey())) {
            return false; // another node or run sent it
        }
        mailer.send(mail);
        return true;
    }

    DigestMail compose(Portal opened, DigestPeriod period, ClientRecipients.Recipient recipient) {
        Locale locale = Optional.ofNullable(locales.getLocale(new UserKey(recipient.userKey()))).orElse(Locale.ENGLISH);
        DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        Formats f = Formats.of(locale, new Formats.Dates() {
            @Override
            public String date(LocalDate day) {
                return days.format(day);
            }

            @Override
            public String dateTime(Instant at) {
                return days.format(at.atZone(ZoneId.systemDefault()).toLocalDate());
            }
        });
        ClientSummary summary = portal.summary(opened);
        TimeFilter days0 = new TimeFilter(period.from(), period.to(), null, 0, 1);
        long periodSeconds = portal.time(opened, days0).totalSeconds();
        CsvDownload csv = portal.csv(opened, days0.page(0, TimeFilter.DEFAULT_LIMIT), key -> text(locale, key));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            csv.writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String fileName = "budget-" + summary.budgetId() + "-" + period.key() + ".csv";
        String label = periodLabel(period, f);
        String base = application.getBaseUrl(UrlMode.CANONICAL);
        String portalUrl = base + AppUrls.PORTAL + "/budget/" + summary.budgetId();
        String unsubscribeUrl = base + AppUrls.UNSUBSCRIBE + "?token="
                + URLEncoder.encode(tokens.sign(recipient.userKey(), summary.budgetId()), StandardCharsets.UTF_8);

        StringBuilder body = new StringBuilder();
        line(body, text(locale, "client-budgets.digest.mail.greeting", recipient.displayName()));
        body.append('\n');
        line(body, text(locale, "client-budgets.digest.mail.intro", summary.name(), label));
        if (summary.approvalRequired()) {
            line(body, text(locale, "client-budgets.digest.mail.approvedOnly"));
        }
        body.append('\n');
        line(body, text(locale, "client-budgets.digest.mail.periodHours", f.hours(periodSeconds)));
        if (summary.totalSeconds() != null) {
            line(body, text(locale, "client-budgets.digest.mail.totalHours", f.hours(summary.totalSeconds())));
        }
        line(body, text(locale, "client-budgets.digest.mail.usedHours", f.hours(summary.usedSeconds())));
        if (summary.remainingSeconds() != null) {
            line(body, text(locale, "client-budgets.digest.mail.remainingHours", f.hours(summary.remainingSeconds())));
        }
        if (summary.totalAmount() != null) {
            line(body, text(locale, "client-budgets.digest.mail.totalAmount", f.money(summary.totalAmount(), summary.currency())));
        }
        if (summary.usedAmount() != null) {
            line(body, text(locale, "client-budgets.digest.mail.usedAmount", f.money(summary.usedAmount(), summary.currency())));
        }
        if (summary.remainingAmount() != null) {
            line(body, text(locale, "client-budgets.digest.mail.remainingAmount",
                    f.money(summary.remainingAmount(), summary.currency())));
        }
        if (summary.percentUsed() != null) {
            line(body, text(locale, "client-budgets.digest.mail.percentUsed", f.percent(summary.percentUsed())));
        }
        if (!summary.services().isEmpty()) {
            body.append('\n');
            line(body, text(locale, "client-budgets.digest.mail.services"));
            for (ClientSummary.Line service : summary.services()) {
                line(body, service.budgetedSeconds() == null
                        ? text(locale, "client-budgets.digest.mail.service", service.name(), f.hours(service.usedSeconds()))
                        : text(locale, "client-budgets.digest.mail.serviceOf", service.name(), f.hours(service.usedSeconds()),
                        f.hours(service.budgetedSeconds())));
            }
        }
        body.append('\n');
        line(body, text(locale, "client-budgets.digest.mail.attached", fileName));
        line(body, text(locale, "client-budgets.digest.mail.open", portalUrl));
        body.append('\n');
        line(body, text(locale, "client-budgets.digest.mail.unsubscribe", unsubscribeUrl));
        return new DigestMail(recipient.emailAddress(), text(locale, "client-budgets.digest.mail.subject", summary.name(), label),
                body.toString(), fileName, CsvDownload.CONTENT_TYPE, bytes.toByteArray());
    }

    /** "November 2026", or "week 49 of 2026 (Nov 30, 2026 – Dec 6, 2026)" in the reader's language. */
    private String periodLabel(DigestPeriod period, Formats f) {
        if (period.key().contains("-W")) {
            return text(f.locale(), "client-budgets.digest.mail.week", period.key().substring(period.key().indexOf('W') + 1),
                    period.key().substring(0, 4), f.date(period.from()), f.date(period.to()));
        }
        return f.month(YearMonth.from(period.from()));
    }

    private String text(Locale locale, String key, Serializable... arguments) {
        return i18n.getText(locale, key, arguments);
    }

    private static void line(StringBuilder body, String text) {
        body.append(text).append('\n');
    }
}
