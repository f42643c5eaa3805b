package io.github.clientbudgets.bench;

import io.github.clientbudgets.attribution.IssueServiceEntity;
import io.github.clientbudgets.budget.BudgetEntity;
import io.github.clientbudgets.devhost.jira.JiraStore;
import io.github.clientbudgets.devhost.jira.Passwords;
import io.github.clientbudgets.service.ServiceEntity;
import io.github.clientbudgets.timeentry.AoTimeEntryStore;
import io.github.clientbudgets.timeentry.TimeEntryEntity;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The benchmark data at agency scale, deterministic from the scale (seed 42, fixed demo window), written with
 * batched JDBC straight into the host's Jira tables and the plugin's AO tables, with the columns the plugin itself
 * writes ({@code AoTimeEntryStore.insert}: live columns, status, revision, approved snapshot, worklog comment,
 * review). Bench code only: never in the plugin jar.
 *
 * <p>Shape for {@code entries} = N: N worklogs and N time entries, N/10 issues (every 5th a sub-task), N/2000
 * projects (min 5), N/200 budgets (10 per project, 3 hourly services each; every second budget with approval
 * required), N/1000 users (min 10) plus {@code pm} (project admin everywhere). 1,000,000 gives the issue's 100,000
 * issues, 5,000 budgets and 1,000 users. Every top-level issue is assigned to one service; a budget thus holds
 * about 200 entries whatever N is.
 */
public final class BenchData {
    public static final LocalDate FIRST_DAY = LocalDate.of(2026, 6, 1);
    public static final int DAYS = 90;
    public static final int BUDGETS_PER_PROJECT = 10;
    public static final int SERVICES_PER_BUDGET = 3;
    static final long[] DURATIONS = {1800, 3600, 3600, 5400, 7200, 7200, 10800, 14400};
    static final String[] COMMENTS = {"Implementation", "Code review", "Meeting with the client", "Bug fixing",
            "Testing", "Documentation", "Deployment", "Research", "Pairing", "Refinement"};
    private static final int BATCH = 1000;

    public record Shape(long entries, int users, int projects, int issues, int budgets) {
        public static Shape of(long entries) {
            int projects = (int) Math.max(5, entries / 2000);
            return new Shape(entries, (int) Math.max(10, entries / 1000), projects, (int) (entries / 10),
                    projects * BUDGETS_PER_PROJECT);
        }
    }

    private final JiraStore store;
    private final AoNames names;
    private final PrintStream out;

    public BenchData(JiraStore store, AoNames names, PrintStream out) {
        this.store = store;
        this.names = names;
        this.out = out;
    }

    public void generate(Shape shape) throws SQLException {
        Random random = new Random(42);
        ZoneId zone = ZoneId.systemDefault();
        try (Connection c = bulkConnection()) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            // ----- users, projects, roles
            String hash = Passwords.hash("pm");
            long userId = 10000;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO cwd_user (id, user_key, user_name, lower_user_name,"
                    + " display_name, email_address, credential, active, application_role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int u = 0; u <= shape.users(); u++) {
                    String name = u == 0 ? "pm" : String.format("user%04d", u);
                    bind(ps, userId++, name, name, name, u == 0 ? "Paula Manager" : "User " + u, name + "@example.com",
                            hash, true, "jira-software");
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            long projectBase = 10000;
            long actorId = 10000;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO project (id, pkey, pname, description, lead_key,"
                    + " projecttype, pcounter) VALUES (?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement roles = c.prepareStatement("INSERT INTO projectroleactor (id, pid, rolename, user_key)"
                         + " VALUES (?, ?, ?, ?)")) {
                int perProject = shape.issues() / shape.projects();
                for (int p = 0; p < shape.projects(); p++) {
                    bind(ps, projectBase + p, projectKey(p), "Client " + p, "Bench project " + p, "pm", "software",
                            (long) perProject);
                    ps.addBatch();
                    bind(roles, actorId++, projectBase + p, JiraStore.ROLE_ADMINISTRATORS, "pm");
                    roles.addBatch();
                }
                ps.executeBatch();
                roles.executeBatch();
            }
            c.commit();

            // ----- budgets and services (AO ids from the database's own sequence)
            String b = names.table(BudgetEntity.class);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + b + " (" + cols(BudgetEntity.PROJECT_ID,
                    BudgetEntity.NAME, BudgetEntity.TYPE, BudgetEntity.CURRENCY, BudgetEntity.START_DATE,
                    BudgetEntity.END_DATE, BudgetEntity.TOTAL_AMOUNT_MINOR, BudgetEntity.TOTAL_SECONDS,
                    BudgetEntity.OWNER_KEY, BudgetEntity.STATUS, BudgetEntity.APPROVAL_REQUIRED, BudgetEntity.CLIENT_ACCESS,
                    BudgetEntity.SHOW_PERSON_NAMES, BudgetEntity.SHOW_COMMENTS, BudgetEntity.DELETED)
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < shape.budgets(); i++) {
                    bind(ps, projectBase + i / BUDGETS_PER_PROJECT, "Budget " + (i % BUDGETS_PER_PROJECT + 1), "TIME_AND_MATERIALS",
                            "EUR", "2026-01-01", "2026-12-31", 50_000_00L, 500L * 3600, "pm", "OPEN", i % 2 == 0, true,
                            true, false, false);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            List<Long> budgetIds = ids(c, b);
            String s = names.table(ServiceEntity.class);
            String[] serviceNames = {"Design", "Development", "Project management"};
            long[] rates = {9500, 11000, 8500};
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + s + " (" + cols(ServiceEntity.BUDGET_ID,
                    ServiceEntity.NAME, ServiceEntity.BILLING, ServiceEntity.BUDGETED_SECONDS, ServiceEntity.RATE_MINOR,
                    ServiceEntity.COST_RATE_MINOR, ServiceEntity.DEFAULT_SERVICE) + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (long budgetId : budgetIds) {
                    for (int k = 0; k < SERVICES_PER_BUDGET; k++) {
                        bind(ps, budgetId, serviceNames[k], "HOURLY", 160L * 3600, rates[k], 6000L, k == 0);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            List<Long> serviceIds = ids(c, s);
            progress("budgets and services", t0);

            // ----- issues: per project, every 5th a sub-task of the one before; top-level ones assigned to a service
            int perProject = shape.issues() / shape.projects();
            long[] issueId = new long[shape.issues()];
            Long[] parentOf = new Long[shape.issues()];
            long[] projectOf = new long[shape.issues()];
            Long[] serviceOf = new Long[shape.issues()];
            boolean[] approvalOf = new boolean[shape.issues()];
            String is = names.table(IssueServiceEntity.class);
            try (PreparedStatement assign = c.prepareStatement("INSERT INTO " + is + " (" + cols(IssueServiceEntity.ISSUE_ID,
                    IssueServiceEntity.PROJECT_ID, IssueServiceEntity.SERVICE_ID) + ") VALUES (?, ?, ?)")) {
                int n = 0;
                for (int i = 0; i < shape.issues(); i++) {
                    int p = Math.min(i / perProject, shape.projects() - 1);
                    int j = i - p * perProject;
                    issueId[i] = 10000 + i;
                    projectOf[i] = projectBase + p;
                    if (j % 5 == 4) {
                        parentOf[i] = issueId[i - 1];
                        serviceOf[i] = serviceOf[(int) (parentOf[i] - 10000)];
                        approvalOf[i] = approvalOf[(int) (parentOf[i] - 10000)];
                    } else {
                        int top = j - j / 5; // the issue's rank among the project's top-level issues
                        int budgetIndex = p * BUDGETS_PER_PROJECT + top % BUDGETS_PER_PROJECT;
                        int service = budgetIndex * SERVICES_PER_BUDGET + (top / BUDGETS_PER_PROJECT) % SERVICES_PER_BUDGET;
                        serviceOf[i] = serviceIds.get(service);
                        approvalOf[i] = budgetIndex % 2 == 0;
                        bind(assign, issueId[i], projectOf[i], serviceOf[i]);
                        assign.addBatch();
                        if (++n % BATCH == 0) {
                            assign.executeBatch();
                        }
                    }
                }
                assign.executeBatch();
            }
            c.commit();

            // ----- worklogs and their time entries
            long[] timespent = new long[shape.issues()];
            String t = names.table(TimeEntryEntity.class);
            try (PreparedStatement wl = c.prepareStatement("INSERT INTO worklog (id, issueid, author, updateauthor,"
                    + " worklogbody, startdate, created, updated, timeworked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement te = c.prepareStatement("INSERT INTO " + t + " (" + String.join(", ", entryColumns(names))
                         + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Timestamp reviewed = Timestamp.valueOf(FIRST_DAY.plusDays(DAYS).atTime(9, 0));
                for (long k = 0; k < shape.entries(); k++) {
                    int i = (int) (k % shape.issues());
                    LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
                    LocalDateTime start = day.atTime(8 + random.nextInt(9), random.nextBoolean() ? 0 : 30);
                    long seconds = DURATIONS[random.nextInt(DURATIONS.length)];
                    String author = String.format("user%04d", 1 + random.nextInt(shape.users()));
                    String comment = COMMENTS[random.nextInt(COMMENTS.length)];
                    Timestamp started = Timestamp.from(start.atZone(zone).toInstant());
                    Timestamp logged = Timestamp.from(start.atZone(zone).toInstant().plusSeconds(seconds));
                    long worklogId = 10000 + k;
                    bind(wl, worklogId, issueId[i], author, author, comment, started, logged, logged, seconds);
                    wl.addBatch();
                    timespent[i] += seconds;
                    int dayInt = AoTimeEntryStore.day(day);
                    int monthInt = AoTimeEntryStore.month(day);
                    String status;
                    boolean snapshot;
                    double r = random.nextDouble();
                    if (!approvalOf[i]) {
                        status = "APPROVED";
                        snapshot = false; // without approval: live data counts, no snapshot (TimeEntry.of)
                    } else if (r < 0.70) {
                        status = "APPROVED";
                        snapshot = true;
                    } else if (r < 0.95) {
                        status = "PENDING";
                        snapshot = false;
                    } else {
                        status = "REJECTED";
                        snapshot = false;
                    }
                    boolean reviewedRow = approvalOf[i] && !"PENDING".equals(status);
                    bind(te, worklogId, issueId[i], parentOf[i], projectOf[i], author, started, dayInt, monthInt,
                            seconds, comment, serviceOf[i], null, true, status, "NONE", null,
                            snapshot ? seconds : null, snapshot ? started : null, snapshot ? dayInt : null,
                            snapshot ? monthInt : null, snapshot ? serviceOf[i] : null, snapshot ? Boolean.TRUE : null,
                            snapshot ? comment : null, reviewedRow ? "pm" : null, reviewedRow ? reviewed : null,
                            "REJECTED".equals(status) ? "Wrong issue" : null);
                    te.addBatch();
                    if ((k + 1) % BATCH == 0) {
                        wl.executeBatch();
                        te.executeBatch();
                    }
                    if ((k + 1) % (BATCH * 5) == 0) {
                        c.commit();
                        if ((k + 1) % 200_000 == 0) {
                            progress("worklogs " + (k + 1), t0);
                        }
                    }
                }
                wl.executeBatch();
                te.executeBatch();
            }
            c.commit();
            progress("worklogs and time entries", t0);

            // ----- issues, with their time spent
            Timestamp created = Timestamp.valueOf(FIRST_DAY.atTime(8, 0));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO jiraissue (id, project, issuenum, issuekey,"
                    + " summary, issuetype, parent_id, reporter, created, updated, timespent)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < shape.issues(); i++) {
                    int p = (int) (projectOf[i] - projectBase);
                    long number = i - (long) p * perProject + 1;
                    bind(ps, issueId[i], projectOf[i], number, projectKey(p) + "-" + number, "Issue " + number,
                            parentOf[i] == null ? "Task" : "Sub-task", parentOf[i], "pm", created, created, timespent[i]);
                    ps.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            try (Statement st = c.createStatement()) {
                c.setAutoCommit(true);
                if (store.db().spec().isPostgres()) {
                    st.execute("VACUUM ANALYZE");
                } else {
                    st.execute("ANALYZE");
                }
            }
            progress("issues, statistics", t0);
        }
    }

    /** The time entry columns the plugin writes, in the order the generator binds them (all but ID). */
    public static List<String> entryColumns(AoNames names) {
        List<String> cols = new ArrayList<>();
        for (String col : new String[]{TimeEntryEntity.WORKLOG_ID,
                TimeEntryEntity.ISSUE_ID, TimeEntryEntity.PARENT_ISSUE_ID, TimeEntryEntity.PROJECT_ID,
                TimeEntryEntity.AUTHOR_KEY, TimeEntryEntity.STARTED, TimeEntryEntity.WORK_DAY,
                TimeEntryEntity.WORK_MONTH, TimeEntryEntity.SECONDS, TimeEntryEntity.COMMENT,
                TimeEntryEntity.SERVICE_ID, TimeEntryEntity.EXPLICIT_SERVICE_ID, TimeEntryEntity.BILLABLE,
                TimeEntryEntity.STATUS, TimeEntryEntity.REVISION, TimeEntryEntity.CLIENT_NOTE,
                TimeEntryEntity.APPROVED_SECONDS, TimeEntryEntity.APPROVED_STARTED, TimeEntryEntity.APPROVED_DAY,
                TimeEntryEntity.APPROVED_MONTH, TimeEntryEntity.APPROVED_SERVICE_ID,
                TimeEntryEntity.APPROVED_BILLABLE, TimeEntryEntity.APPROVED_COMMENT, TimeEntryEntity.REVIEWER_KEY,
                TimeEntryEntity.REVIEWED_AT, TimeEntryEntity.REJECTION_REASON}) {
            cols.add(names.col(col));
        }
        return cols;
    }

    static String projectKey(int p) {
        StringBuilder key = new StringBuilder("P");
        // letters only after the first, like Jira keys: P + base-26 of p
        String digits = Integer.toString(p, 26);
        for (char ch : digits.toCharArray()) {
            key.append((char) ('A' + Character.digit(ch, 26)));
        }
        return key.toString();
    }

    private Connection bulkConnection() throws SQLException {
        var spec = store.db().spec();
        if (spec.isPostgres()) {
            String url = spec.jdbcUrl() + (spec.jdbcUrl().contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
            return java.sql.DriverManager.getConnection(url, spec.username(), spec.password());
        }
        return spec.connect();
    }

    private String cols(String... columns) {
        StringBuilder sb = new StringBuilder();
        for (String col : columns) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(names.col(col));
        }
        return sb.toString();
    }

    private List<Long> ids(Connection c, String table) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + names.col("ID") + " FROM " + table + " ORDER BY " + names.col("ID"))) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                ps.setNull(i + 1, java.sql.Types.NULL);
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }

    private void progress(String what, long t0) {
        if (out != null) {
            out.printf("    %s (%.1f s)%n", what, (System.nanoTime() - t0) / 1e9);
        }
    }
}
