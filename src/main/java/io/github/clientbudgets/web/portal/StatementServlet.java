package io.github.clientbudgets.web.portal;

import com.atlassian.annotations.security.UnrestrictedAccess;
import io.github.clientbudgets.common.Hours;
import io.github.clientbudgets.common.Ids;
import io.github.clientbudgets.common.Money;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.i18n.I18nText;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.lineitem.LineItemStore;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.portal.CsvDownload;
import io.github.clientbudgets.portal.CsvWriter;
import io.github.clientbudgets.signoff.SignOffService;
import io.github.clientbudgets.signoff.Statement;
import io.github.clientbudgets.web.page.PageRenderer;
import io.github.clientbudgets.web.page.ReaderFormats;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The printable statement of a sign-off: {@code /plugins/servlet/client-budgets/statement/{id}} (an HTML page made
 * for printing) and {@code .../statement/{id}.csv}. For the team who may see the budget and for the clients who see
 * it (both through {@link SignOffService#printable}); everyone else, and ids of nothing, get 404. Annotated like the
 * portal ({@code @UnrestrictedAccess}: portal-only customers are unlicensed), so this class checks the caller first;
 * read-only. Both show the digest and the statement text it is computed over, so a reader can recompute it.
 */
@UnrestrictedAccess
public class StatementServlet extends HttpServlet {
    private static final Pattern PATH = Pattern.compile("/([^/.]+)(\\.csv)?/?");
    private final SignOffService signOffs;
    private final LineItemStore lineItems;
    private final Permissions permissions;
    private final PageRenderer pages;
    private final I18nText text;
    private final ReaderFormats formats;

    public StatementServlet(SignOffService signOffs, LineItemStore lineItems, Permissions permissions, PageRenderer pages,
                            I18nText text, ReaderFormats formats) {
        this.signOffs = signOffs;
        this.lineItems = lineItems;
        this.permissions = permissions;
        this.pages = pages;
        this.text = text;
        this.formats = formats;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String caller = permissions.currentUserKey().orElse(null);
        if (caller == null) {
            String customerLogin = CustomerFrame.customerLogin(request);
            if (customerLogin != null) {
                response.sendRedirect(customerLogin);
            } else {
                pages.redirectToLogin(request, response);
            }
            return;
        }
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        OptionalLong id = m.matches() ? Ids.parse(m.group(1), Ids.BUDGET_DIGITS) : OptionalLong.empty();
        if (id.isEmpty()) {
            pages.notFound(response);
            return;
        }
        SignOffService.Printable printable;
        try {
            printable = signOffs.printable(caller, id.getAsLong());
        } catch (NotFoundException e) {
            pages.notFound(response);
            return;
        }
        Map<Long, String> services = lineItems.lineItems(printable.budget()).stream()
                .collect(Collectors.toMap(LineItem::id, LineItem::name));
        if (m.group(2) != null) {
            csv(printable, services, response);
        } else {
            StatementPage page = new StatementPage(printable, services, formats.current(), text,
                    permissions.displayName(printable.signOff().signedBy()));
            pages.renderFragment(response, "templates/signoff/statement.vm", Map.of("page", page, "text", text));
        }
    }

    /**
     * The statement as CSV: a head of who, when, totals and digest, then one row per entry and per expense. Machine
     * formats (ISO days, decimals with a point); cells a spreadsheet would run as a formula are neutralised by
     * {@link CsvWriter}.
     */
    private void csv(SignOffService.Printable p, Map<Long, String> services, HttpServletResponse response) throws IOException {
        response.setContentType(CsvDownload.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"sign-off-" + p.signOff().id() + "-"
                + p.signOff().period() + ".csv\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        CsvWriter csv = new CsvWriter(out);
        Statement s = p.statement();
        csv.row(List.of(text.get("client-budgets.signoff.csv.budget"), p.budget().name()));
        csv.row(List.of(text.get("client-budgets.signoff.month"), p.signOff().period().toString()));
        csv.row(List.of(text.get("client-budgets.signoff.state"), p.signOff().state().name()));
        csv.row(List.of(text.get("client-budgets.signoff.csv.signedBy"), permissions.displayName(p.signOff().signedBy())));
        csv.row(List.of(text.get("client-budgets.signoff.csv.signedAt"), p.signOff().signedAt().toString()));
        csv.row(List.of(text.get("client-budgets.signoff.hours"), Hours.format(s.seconds())));
        csv.row(List.of(text.get("client-budgets.signoff.amount"), Money.format(s.amount()) + " " + s.currency()));
        csv.row(List.of(text.get("client-budgets.signoff.digest"), p.signOff().digest()));
        csv.row(List.of());
        csv.row(List.of(text.get("client-budgets.signoff.print.kind"), text.get("client-budgets.signoff.print.id"),
                text.get("client-budgets.signoff.print.date"), text.get("client-budgets.signoff.print.service"),
                text.get("client-budgets.signoff.csv.hours"), text.get("client-budgets.signoff.print.billable"),
                text.get("client-budgets.signoff.csv.amount"), text.get("client-budgets.signoff.print.approvedAt")));
        for (Statement.Entry e : s.entries()) {
            csv.row(List.of("entry", String.valueOf(e.id()), e.day().toString(), nz(services.get(e.serviceId())),
                    Hours.format(e.seconds()), e.billable() ? "1" : "0", "", e.approvedAt() == null ? "" : e.approvedAt().toString()));
        }
        for (Statement.Expense x : s.expenses()) {
            csv.row(List.of("expense", String.valueOf(x.id()), x.date().toString(),
                    x.serviceId() == null ? "" : nz(services.get(x.serviceId())), "", "1", Money.format(x.amount()), ""));
        }
        out.flush();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    /** The print view's model; every text reaches the page through Velocity's escaping. */
    public static final class StatementPage {
        private final SignOffService.Printable p;
        private final Map<Long, String> services;
        private final io.github.clientbudgets.format.Formats shown;
        private final I18nText text;
        private final String signedByName;

        StatementPage(SignOffService.Printable p, Map<Long, String> services, io.github.clientbudgets.format.Formats shown,
                      I18nText text, String signedByName) {
            this.p = p;
            this.services = services;
            this.shown = shown;
            this.text = text;
            this.signedByName = signedByName;
        }

        public String getBudgetName() {
            return p.budget().name();
        }

        public String getPeriod() {
            return p.signOff().period().toString();
        }

        public String getMonth() {
            return shown.month(p.signOff().period());
        }

        public boolean isSuperseded() {
            return p.signOff().state() == io.github.clientbudgets.signoff.SignOffState.SUPERSEDED;
        }

        public String getSupersededAt() {
            return p.signOff().supersededAt() == null ? "" : shown.dateTime(p.signOff().supersededAt());
        }

        public String getSignedBy() {
            return signedByName;
        }

        public String getSignedAt() {
            return shown.dateTime(p.signOff().signedAt());
        }

        public String getHours() {
            return shown.hours(p.statement().seconds());
        }

        public String getAmount() {
            return shown.money(p.statement().amount(), java.util.Currency.getInstance(p.statement().currency()));
        }

        public String getDigest() {
            return p.signOff().digest();
        }

        public String getStatementText() {
            return p.signOff().statement();
        }

        public String getCsvUrl() {
            return String.valueOf(p.signOff().id()) + ".csv";
        }

        public List<Row> getEntries() {
            List<Row> rows = new ArrayList<>();
            for (Statement.Entry e : p.statement().entries()) {
                rows.add(new Row(e.id(), shown.date(e.day()), nz(services.get(e.serviceId())), shown.hours(e.seconds()),
                        text.get(e.billable() ? "client-budgets.yes" : "client-budgets.no"),
                        e.approvedAt() == null ? "" : shown.dateTime(e.approvedAt()), ""));
            }
            return rows;
        }

        public boolean getHasExpenses() {
            return !p.statement().expenses().isEmpty();
        }

        public List<Row> getExpenses() {
            List<Row> rows = new ArrayList<>();
            for (Statement.Expense x : p.statement().expenses()) {
                rows.add(new Row(x.id(), shown.date(x.date()), x.serviceId() == null ? "" : nz(services.get(x.serviceId())),
                        "", "", "", shown.money(x.amount(), java.util.Currency.getInstance(p.statement().currency()))));
            }
            return rows;
        }
    }

    /** One line of the statement as shown: an entry (hours, billable, approved at) or an expense (amount). */
    public static final class Row {
        private final long id;
        private final String date;
        private final String service;
        private final String hours;
        private final String billable;
        private final String approvedAt;
        private final String amount;

        Row(long id, String date, String service, String hours, String billable, String approvedAt, String amount) {
            this.id = id;
            this.date = date;
            this.service = service;
            this.hours = hours;
            this.billable = billable;
            this.approvedAt = approvedAt;
            this.amount = amount;
        }

        public long getId() {
            return id;
        }

        public String getDate() {
            return date;
        }

        public String getService() {
            return service;
        }

        public String getHours() {
            return hours;
        }

        public String getBillable() {
            return billable;
        }

        public String getApprovedAt() {
            return approvedAt;
        }

        public String getAmount() {
            return amount;
        }
    }
}
