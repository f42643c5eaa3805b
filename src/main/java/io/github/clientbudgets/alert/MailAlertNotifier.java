package io.github.clientbudgets.alert;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import io.github.clientbudgets.access.ClientRecipients;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.common.AppUrls;
import io.github.clientbudgets.common.Hours;
import io.github.clientbudgets.permission.Permissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The alert e-mails, through Jira's mail queue (Jira's mail server settings, Jira's retries; never in the way of the
 * request that caused them). Plain text. The team's mail goes to the budget's owner and the project's
 * administrators; the client's (when the budget says so and its client access is on) to the client's recipients,
 * built from the same approved figures and nothing else: no pending time, no cost, no internal link.
 */
public class MailAlertNotifier implements AlertNotifier {
    private static final Logger LOG = LoggerFactory.getLogger(MailAlertNotifier.class);

    private final MailQueue mailQueue;
    private final Permissions permissions;
    private final I18nResolver i18n;
    private final ApplicationProperties application;
    private final ClientRecipients clientRecipients;
    private final LocaleResolver locales;

    /**
     * @param locales          each recipient's language (his profile's, else the instance's)
     * @param clientRecipients a budget's client recipients (those who see it in the portal and did not unsubscribe)
     */
    public MailAlertNotifier(MailQueue mailQueue, Permissions permissions, I18nResolver i18n,
                             ApplicationProperties application, LocaleResolver locales,
                             ClientRecipients clientRecipients) {
        this.locales = locales;
        this.mailQueue = mailQueue;
        this.permissions = permissions;
        this.i18n = i18n;
        this.application = application;
        this.clientRecipients = clientRecipients;
    }

    @Override
    public void crossed(Budget budget, List<Crossing> won, List<Measure> measures, boolean notifyClient) {
        String base = application.getBaseUrl(UrlMode.CANONICAL);
        int highest = won.stream().mapToInt(Crossing::threshold).max().orElseThrow();
        Set<String> team = new LinkedHashSet<>();
        if (budget.ownerKey() != null) {
            team.add(budget.ownerKey());
        }
        team.addAll(permissions.projectAdministrators(budget.projectId()));
        for (String userKey : team) {
            Locale locale = localeOf(userKey);
            send(userKey, i18n.getText(locale, "client-budgets.mail.alert.subject", budget.name(), highest),
                    i18n.getText(locale, "client-budgets.mail.alert.body", permissions.displayName(userKey),
                            budget.name(), lines(locale, won, measures, budget), AppUrls.budget(base, budget.id())));
        }
        if (notifyClient && budget.clientAccess()) {
            for (ClientRecipients.Recipient recipient : clientRecipients.of(budget.id())) {
                if (team.contains(recipient.userKey())) {
                    continue;
                }
                Locale locale = localeOf(recipient.userKey());
                queue(recipient.userKey(), recipient.emailAddress(),
                        i18n.getText(locale, "client-budgets.mail.alert.client.subject", budget.name(), highest),
                        i18n.getText(locale, "client-budgets.mail.alert.client.body", recipient.displayName(),
                                budget.name(), lines(locale, won, measures, budget),
                                AppUrls.portalBudget(base, budget.id())));
            }
        }
    }

    /** The recipient's Jira language (his profile's, else the instance's). */
    private Locale localeOf(String userKey) {
        Locale locale = locales.getLocale(new UserKey(userKey));
        return locale == null ? Locale.ENGLISH : locale;
    }

    private void send(String userKey, String subject, String body) {
        permissions.emailAddress(userKey).ifPresent(address -> queue(userKey, address, subject, body));
    }

    private void queue(String userKey, String address, String subject, String body) {
        try {
            mailQueue.addItem(new SingleMailQueueItem(new Email(address).setSubject(subject).setBody(body)
                    .setMimeType("text/plain")));
        } catch (RuntimeException e) {
            LOG.warn("Could not queue the budget alert for {}: {}", userKey, e.toString());
        }
    }

    /** One line per crossing: "- Hours: 80 % reached (40.00 h of 50.00 h)", the period named where there is one. */
    private String lines(Locale locale, List<Crossing> won, List<Measure> measures, Budget budget) {
        List<String> lines = new ArrayList<>();
        for (Crossing c : won) {
            Measure m = measures.stream().filter(x -> x.scope().equals(c.scope()) && x.metric() == c.metric())
                    .findFirst().orElse(null);
            if (m == null) {
                continue;
            }
            String used = figure(c.metric(), m.used(), budget);
            String of = figure(c.metric(), m.base(), budget);
            String metric = i18n.getText(locale, c.metric() == Metric.HOURS ? "client-budgets.mail.alert.hours"
                    : "client-budgets.mail.alert.amount");
            lines.add(Crossing.TOTAL.equals(c.scope())
                    ? i18n.getText(locale, "client-budgets.mail.alert.line", metric, c.threshold(), used, of)
                    : i18n.getText(locale, "client-budgets.mail.alert.line.period", metric, c.scope(), c.threshold(),
                    used, of));
        }
        return String.join("\n", lines);
    }

    private static String figure(Metric metric, BigDecimal value, Budget budget) {
        if (metric == Metric.HOURS) {
            return Hours.format(value.setScale(0, RoundingMode.HALF_UP).longValueExact()) + " h";
        }
        return value.setScale(budget.currency().getDefaultFractionDigits(), RoundingMode.HALF_UP).toPlainString()
                + " " + budget.currency().getCurrencyCode();
    }
}
