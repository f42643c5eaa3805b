package io.github.clientbudgets.portal;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.access.ClientAccessFacts;
import io.github.clientbudgets.access.ClientGrantEntity;
import io.github.clientbudgets.access.CustomerOrganizations;
import io.github.clientbudgets.access.ClientView;
import io.github.clientbudgets.budget.BudgetEntity;
import io.github.clientbudgets.common.AoSql;
import io.github.clientbudgets.common.AoSqlMemo;
import io.github.clientbudgets.expense.ExpenseEntity;
import io.github.clientbudgets.service.ServiceEntity;
import io.github.clientbudgets.timeentry.TimeEntryEntity;
import net.java.ao.Query;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The client-facing reads, as SQL on AO's tables. Every query that returns entries takes a {@link ClientView} and
 * is shaped by it: under approval only the published snapshot columns of approved rows are selected, without it the
 * live columns of rows with time; the worklog comment and the author are selected only where the budget allows
 * them; the budget's services, its dates and the client's filter are all in the WHERE clause, so nothing outside
 * what the client may see is ever fetched. Our own SQL (not the time entry store) so that the approval and time
 * entry code can change without changing what a client can reach.
 */
public class PortalQueries {
    private final ActiveObjects ao;
    /**
     * AO's way in, from the first budget row read, so each page does not look a budget row up just to reach it.
     * Every query still filters by budget, so a budget deleted since then simply matches nothing.
     */
    private final AoSqlMemo aoSql = new AoSqlMemo();

    private final CustomerOrganizations organizations;

    /** Without JSM organizations (tests, benchmarks): only user grants count. */
    public PortalQueries(ActiveObjects ao) {
        this(ao, (user, ids) -> Set.of());
    }

    public PortalQueries(ActiveObjects ao, CustomerOrganizations organizations) {
        this.ao = ao;
        this.organizations = organizations;
    }

    /**
     * The granted organizations the user belongs to: JSM is asked only about organizations that hold a grant
     * somewhere (usually none or a few), so a user grant costs nothing extra.
     */
    private List<Integer> memberOrganizations(AoSql q, String userKey) {
        if (userKey == null || userKey.isBlank()) {
            return List.of();
        }
        List<Integer> granted = new ArrayList<>();
        q.query("SELECT DISTINCT " + q.col(ClientGrantEntity.ORGANIZATION_ID) + " FROM " + q.table(ClientGrantEntity.class)
                + " WHERE " + q.col(ClientGrantEntity.ORGANIZATION_ID) + " IS NOT NULL", List.of(), rs -> granted.add(rs.getInt(1)));
        return granted.isEmpty() ? List.of() : organizations.memberships(userKey, granted).stream().sorted().toList();
    }

    /**
     * The facts of one user and one budget in one query (deleted budgets included, so the explainer can say so).
     *
     * @param userKey the user, or null for a generic client (one who holds a grant on the budget's project)
     */
    public Optional<BudgetAccess> access(String userKey, long budgetId) {
        Optional<AoSql> sql = sql();
        if (sql.isEmpty() || budgetId <= 0) {
            return Optional.empty();
        }
        AoSql q = sql.get();
        List<Integer> orgs = memberOrganizations(q, userKey);
        List<Object> params = new ArrayList<>();
        params.add(userKey == null ? "" : userKey);
        params.addAll(orgs);
        params.add(budgetId);
        List<BudgetAccess> rows = new ArrayList<>();
        q.query(accessSelect(q, orgs.size()) + " WHERE b." + q.col("ID") + " = ?", params,
                rs -> rows.add(access(rs, userKey == null)));
        return rows.stream().findFirst();
    }

    /** The facts of every budget in a project the user holds a grant on; the caller asks the policy about each. */
    public List<BudgetAccess> grantedBudgets(String userKey) {
        Optional<AoSql> sql = sql();
        if (sql.isEmpty()) {
            return List.of();
        }
        AoSql q = sql.get();
        List<Integer> orgs = memberOrganizations(q, userKey);
        List<Object> params = new ArrayList<>();
        params.add(userKey);
        params.addAll(orgs);
        params.add(userKey);
        params.addAll(orgs);
        List<BudgetAccess> rows = new ArrayList<>();
        q.query(accessSelect(q, orgs.size()) + " WHERE " + grantExists(q, orgs.size()) + " ORDER BY b."
                + q.col(BudgetEntity.NAME) + ", b." + q.col("ID"), params, rs -> rows.add(access(rs, false)));
        return rows;
    }

    private static String accessSelect(AoSql q, int organizations) {
        String b = "b.";
        return "SELECT b." + q.col("ID") + ", " + b + q.col(BudgetEntity.PROJECT_ID) + ", " + b + q.col(BudgetEntity.OWNER_KEY)
                + ", " + b + q.col(BudgetEntity.DELETED) + ", " + b + q.col(BudgetEntity.CLIENT_ACCESS)
                + ", " + b + q.col(BudgetEntity.APPROVAL_REQUIRED) + ", " + b + q.col(BudgetEntity.SHOW_PERSON_NAMES)
                + ", " + b + q.col(BudgetEntity.SHOW_COMMENTS) + ", CASE WHEN " + grantExists(q, organizations) + " THEN 1 ELSE 0 END"
                + " FROM " + q.table(BudgetEntity.class) + " b";
    }

    /** A grant on the budget's project to the user or to one of his organizations (their ids bound after his key). */
    private static String grantExists(AoSql q, int organizations) {
        String toOrganization = organizations == 0 ? "" : " OR g." + q.col(ClientGrantEntity.ORGANIZATION_ID) + " IN ("
                + String.join(", ", java.util.Collections.nCopies(organizations, "?")) + ")";
        return "EXISTS (SELECT 1 FROM " + q.table(ClientGrantEntity.class) + " g WHERE g." + q.col(ClientGrantEntity.PROJECT_ID)
                + " = b." + q.col(BudgetEntity.PROJECT_ID) + " AND (g." + q.col(ClientGrantEntity.USER_KEY) + " = ?"
                + toOrganization + "))";
    }

    private static BudgetAccess access(ResultSet rs, boolean generic) throws SQLException {
        ClientAccessFacts facts = new ClientAccessFacts(true, rs.getBoolean(4), rs.getBoolean(5),
                generic || rs.getInt(9) == 1, rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8));
        return new BudgetAccess(rs.getLong(1), rs.getLong(2), rs.getString(3), facts);
    }

    /**
     * One page of entries, the totals of all entries the filter matches, and the names of the services on the page
     * (by id; the page's rows are joined to their service anyway).
     */
    public record TimePage(long total, long totalSeconds, List<ClientTimeEntry> entries, Map<Long, String> serviceNames) {
    }

    /** @param budgetStart, budgetEnd the budget's dates (end may be null): entries outside them never count */
    public TimePage time(long budgetId, ClientView view, LocalDate budgetStart, LocalDate budgetEnd, TimeFilter filter) {
        AoSql q = sql().orElseThrow();
        Shape shape = shape(q, view, budgetId, budgetStart, budgetEnd, filter);
        long[] totals = new long[2];
        List<ClientTimeEntry> entries = new ArrayList<>();
        // the totals of all matching rows ride along with the page (window functions see the rows before OFFSET/FETCH)
        List<Object> params = new ArrayList<>(shape.params);
        params.add(filter.start());
        params.add(filter.limit());
        Map<Long, String> serviceNames = new HashMap<>();
        q.query(pageSelect(q, shape) + ", COUNT(*) OVER (), SUM(" + shape.seconds + ") OVER (), s." + q.col(ServiceEntity.NAME)
                + shape.from + pageOrder(q, shape), params, rs -> {
            ClientTimeEntry entry = entry(rs);
            entries.add(entry);
            totals[0] = rs.getLong(10);
            totals[1] = rs.getLong(11);
            serviceNames.putIfAbsent(entry.serviceId(), rs.getString(12));
        });
        if (entries.isEmpty()) { // no row to carry them: nothing matches, or a page past the end
            q.query("SELECT COUNT(*), SUM(" + shape.seconds + ")" + shape.from, shape.params, rs -> {
                totals[0] = rs.getLong(1);
                totals[1] = rs.getLong(2);
            });
        }
        return new TimePage(totals[0], totals[1], entries, serviceNames);
    }

    /**
     * One entry exactly as the budget's Time tab would list it to this client (the same shape: published snapshot
     * under approval, the budget's services and dates), or empty when the tab would not list it: another budget's,
     * pending, rejected, outside the budget's dates, or none at all.
     */
    public Optional<ClientTimeEntry> entry(long budgetId, ClientView view, LocalDate budgetStart, LocalDate budgetEnd,
                                           long entryId) {
        if (entryId <= 0) {
            return Optional.empty();
        }
        AoSql q = sql().orElseThrow();
        Shape shape = shape(q, view, budgetId, budgetStart, budgetEnd, TimeFilter.all());
        List<Object> params = new ArrayList<>(shape.params);
        params.add(entryId);
        List<ClientTimeEntry> found = new ArrayList<>();
        q.query(pageSelect(q, shape) + shape.from + " AND t." + q.col("ID") + " = ?", params, rs -> found.add(entry(rs)));
        return found.stream().findFirst();
    }

    /** Every entry the filter matches, newest first, in pages of {@code chunk} rows (for the CSV export). */
    public void eachTime(long budgetId, ClientView view, LocalDate budgetStart, LocalDate budgetEnd, TimeFilter filter,
                         int chunk, Consumer<List<ClientTimeEntry>> sink) {
        AoSql q = sql().orElseThrow();
        Shape shape = shape(q, view, budgetId, budgetStart, budgetEnd, filter);
        for (int start = 0; ; start += chunk) {
            List<ClientTimeEntry> rows = new ArrayList<>();
            page(q, shape, start, chunk, rows::add);
            if (!rows.isEmpty()) {
                sink.accept(rows);
            }
            if (rows.size() < chunk) {
                return;
            }
        }
    }

    /** Seconds per day (yyyymmdd, ascending) of what the client sees: the burn-up chart's data. */
    public List<long[]> secondsByDay(long budgetId, ClientView view, LocalDate budgetStart, LocalDate budgetEnd) {
        AoSql q = sql().orElseThrow();
        Shape shape = shape(q, view, budgetId, budgetStart, budgetEnd, TimeFilter.all());
        List<long[]> days = new ArrayList<>();
        q.query("SELECT " + shape.day + ", SUM(" + shape.seconds + ")" + shape.from + " GROUP BY " + shape.day
                + " ORDER BY " + shape.day, shape.params, rs -> days.add(new long[]{rs.getLong(1), rs.getLong(2)}));
        return days;
    }

    private static void page(AoSql q, Shape shape, int start, int limit, Consumer<ClientTimeEntry> sink) {
        List<Object> params = new ArrayList<>(shape.params);
        params.add(start);
        params.add(limit);
        // OFFSET/FETCH is SQL:2008: H2, PostgreSQL, Oracle 12c+ and SQL Server 2012+ all read it
        q.query(pageSelect(q, shape) + shape.from + pageOrder(q, shape), params, rs -> sink.accept(entry(rs)));
    }

    private static String pageSelect(AoSql q, Shape shape) {
        return "SELECT t." + q.col("ID") + ", " + shape.day + ", " + shape.seconds + ", " + shape.service + ", "
                + shape.billable + ", t." + q.col(TimeEntryEntity.CLIENT_NOTE) + ", " + shape.comment + ", "
                + shape.author + ", t." + q.col(TimeEntryEntity.ISSUE_ID);
    }

    private static String pageOrder(AoSql q, Shape shape) {
        return " ORDER BY " + shape.day + " DESC, t." + q.col("ID") + " DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    }

    private static ClientTimeEntry entry(ResultSet rs) throws SQLException {
        return new ClientTimeEntry(rs.getLong(1), day(rs.getInt(2)), rs.getLong(3), rs.getLong(4), rs.getBoolean(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9));
    }

    private record Shape(String day, String seconds, String service, String billable, String comment, String author,
                         String from, List<Object> params) {
    }

    /** The one place that decides which columns and rows of the time entry table a client's query may touch. */
    private static Shape shape(AoSql q, ClientView view, long budgetId, LocalDate budgetStart, LocalDate budgetEnd,
                               TimeFilter filter) {
        if (!view.visible()) {
            throw new IllegalArgumentException("The client may not see this budget");
        }
        boolean snapshot = view.approvedOnly();
        String day = "t." + q.col(snapshot ? TimeEntryEntity.APPROVED_DAY : TimeEntryEntity.WORK_DAY);
        String seconds = "t." + q.col(snapshot ? TimeEntryEntity.APPROVED_SECONDS : TimeEntryEntity.SECONDS);
        String service = "t." + q.col(snapshot ? TimeEntryEntity.APPROVED_SERVICE_ID : TimeEntryEntity.SERVICE_ID);
        String billable = "t." + q.col(snapshot ? TimeEntryEntity.APPROVED_BILLABLE : TimeEntryEntity.BILLABLE);
        String comment = view.comments()
                ? "t." + q.col(snapshot ? TimeEntryEntity.APPROVED_COMMENT : TimeEntryEntity.COMMENT) : "NULL";
        String author = view.personNames() ? "t." + q.col(TimeEntryEntity.AUTHOR_KEY) : "NULL";
        List<Object> params = new ArrayList<>();
        StringBuilder from = new StringBuilder(" FROM ").append(q.table(TimeEntryEntity.class)).append(" t JOIN ")
                .append(q.table(ServiceEntity.class)).append(" s ON s.").append(q.col("ID")).append(" = ").append(service)
                .append(" WHERE s.").append(q.col(ServiceEntity.BUDGET_ID)).append(" = ?");
        params.add(budgetId);
        // under approval: published snapshots only (never live values, pending or rejected rows); else live time
        from.append(" AND ").append(seconds).append(snapshot ? " IS NOT NULL" : " > 0");
        LocalDate lower = later(budgetStart, filter.from());
        LocalDate upper = earlier(budgetEnd, filter.to());
        if (lower != null) {
            from.append(" AND ").append(day).append(" >= ?");
            params.add(yyyymmdd(lower));
        }
        if (upper != null) {
            from.append(" AND ").append(day).append(" <= ?");
            params.add(yyyymmdd(upper));
        }
        if (filter.serviceId() != null) {
            from.append(" AND ").append(service).append(" = ?");
            params.add(filter.serviceId());
        }
        return new Shape(day, seconds, service, billable, comment, author, from.toString(), List.copyOf(params));
    }

    /** Billable expenses the client sees (approved ones only under approval), newest first, markup applied. */
    public List<ClientExpense> expenses(long budgetId, ClientView view, int currencyScale) {
        if (!view.visible()) {
            throw new IllegalArgumentException("The client may not see this budget");
        }
        AoSql q = sql().orElseThrow();
        List<Object> params = new ArrayList<>(List.of(budgetId, Boolean.TRUE));
        String sql = "SELECT " + q.col("ID") + ", " + q.col(ExpenseEntity.EXPENSE_DATE) + ", " + q.col(ExpenseEntity.DESCRIPTION)
                + ", " + q.col(ExpenseEntity.AMOUNT_MINOR) + ", " + q.col(ExpenseEntity.MARKUP_BASIS_POINTS) + ", "
                + q.col(ExpenseEntity.SERVICE_ID) + " FROM " + q.table(ExpenseEntity.class) + " WHERE "
                + q.col(ExpenseEntity.BUDGET_ID) + " = ? AND " + q.col(ExpenseEntity.BILLABLE) + " = ?";
        if (view.approvedOnly()) {
            sql += " AND " + q.col(ExpenseEntity.STATUS) + " = ?";
            params.add("APPROVED");
        }
        sql += " ORDER BY " + q.col(ExpenseEntity.EXPENSE_DATE) + " DESC, " + q.col("ID") + " DESC";
        List<ClientExpense> result = new ArrayList<>();
        q.query(sql, params, rs -> {
            BigInteger times10k = BigInteger.valueOf(rs.getLong(4)).multiply(BigInteger.valueOf(10_000 + rs.getLong(5)));
            BigDecimal amount = new BigDecimal(times10k).divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP)
                    .movePointLeft(currencyScale);
            long service = rs.getLong(6);
            Long serviceId = rs.wasNull() ? null : service; // at once: wasNull speaks of the last column read
            result.add(new ClientExpense(rs.getLong(1), LocalDate.parse(rs.getString(2)), rs.getString(3), amount,
                    serviceId));
        });
        return result;
    }

    static int yyyymmdd(LocalDate day) {
        return day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }

    static LocalDate day(int yyyymmdd) {
        return LocalDate.of(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    /** AO entities carry their EntityManager: any budget row is the way in; no budget, nothing to read. */
    private Optional<AoSql> sql() {
        return aoSql.orLearnFrom(() -> {
            BudgetEntity[] any = ao.find(BudgetEntity.class, Query.select().limit(1));
            return any.length == 0 ? null : any[0];
        });
    }
}
