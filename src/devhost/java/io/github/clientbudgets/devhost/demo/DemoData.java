package io.github.clientbudgets.devhost.demo;

import com.atlassian.jira.permission.GlobalPermissionKey;
import io.github.clientbudgets.devhost.db.Db;
import io.github.clientbudgets.devhost.jira.HostIssue;
import io.github.clientbudgets.devhost.jira.HostProject;
import io.github.clientbudgets.devhost.jira.JiraStore;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The host's base demo data (docs/devhost.md, "Demo data"), deterministic from a seed and a first day: users
 * admin, pm, dev, dev2 (licensed; dev2 reads Jira in German), client and other (portal-only customers, no application
 * role), password = user name; projects ACME
 * (service desk) and GLOBEX (software) with pm as project admin and dev/dev2 as developers; issues, some with
 * sub-tasks; worklogs by dev and dev2 on weekdays of three months (never after today). {@code scale} multiplies
 * issues and worklogs; issues and worklogs go in with batched JDBC and a progress bar on the console.
 */
public final class DemoData {
    static final String[] ACME_ISSUES = {"Discovery workshop", "Information architecture", "Design system",
            "Homepage redesign", "Product pages", "Checkout flow", "Content migration", "SEO redirects",
            "Accessibility audit", "Performance budget", "Analytics set-up", "Go-live checklist"};
    static final String[] GLOBEX_ISSUES = {"Nightly import fails", "Password reset e-mail", "Report export slow",
            "Upgrade database driver", "Monitoring alerts", "On-call handbook", "Certificate renewal", "Backup restore test"};
    static final String[] SUB_TASKS = {"Estimate", "Implement", "Review"};
    static final String[] COMMENTS = {"Implementation", "Code review", "Meeting with the client", "Bug fixing",
            "Testing", "Documentation", "Deployment", "Research", "Pairing", "Refinement"};
    static final long[] DURATIONS = {1800, 3600, 3600, 5400, 7200, 7200, 10800, 14400};

    private final JiraStore store;
    private final PrintStream out;

    public DemoData(JiraStore store, PrintStream out) {
        this.store = store;
        this.out = out;
    }

    public static LocalDate defaultFirstDay(LocalDate today) {
        return today.withDayOfMonth(1).minusMonths(2);
    }

    public record Summary(int users, int projects, int issues, long worklogs) {
    }

    public Summary generate(long seed, int scale, LocalDate firstDay, LocalDate today) {
        Random random = new Random(seed);
        store.createUser("admin", "Ada Admin", "admin@example.com", "admin", "jira-software");
        store.grantGlobalPermission("admin", GlobalPermissionKey.ADMINISTER.getKey());
        store.grantGlobalPermission("admin", GlobalPermissionKey.SYSTEM_ADMIN.getKey());
        store.createUser("pm", "Paula Manager", "pm@example.com", "pm", "jira-software");
        store.createUser("dev", "Dave Developer", "dev@example.com", "dev", "jira-software");
        store.createUser("dev2", "Diana Developer", "dev2@example.com", "dev2", "jira-software");
        // one user reads Jira in German, so both number and date formats are seen on the demo
        store.setUserLocale("dev2", java.util.Locale.GERMANY);
        store.createUser("client", "Clara Client", "client@acme.example", "client", null);
        store.createUser("other", "Otto Other", "other@globex.example", "other", null);

        HostProject acme = store.createProject("ACME", "Acme Corp", "Website relaunch and support for Acme (service desk)", "pm", "service_desk");
        HostProject globex = store.createProject("GLOBEX", "Globex", "Software maintenance for Globex", "pm", "software");
        for (HostProject p : List.of(acme, globex)) {
            store.addRoleActor(p.getId(), JiraStore.ROLE_ADMINISTRATORS, "admin");
            store.addRoleActor(p.getId(), JiraStore.ROLE_ADMINISTRATORS, "pm");
            store.addRoleActor(p.getId(), JiraStore.ROLE_DEVELOPERS, "dev");
            store.addRoleActor(p.getId(), JiraStore.ROLE_DEVELOPERS, "dev2");
        }
        Timestamp created = Timestamp.valueOf(firstDay.atTime(8, 0));
        List<Long> issueIds = new ArrayList<>();
        int issues = 0;
        issues += issues(acme, ACME_ISSUES, "Task", scale, created, random, issueIds);
        issues += issues(globex, GLOBEX_ISSUES, "Bug", scale, created, random, issueIds);
        long worklogs = worklogs(issueIds, scale, firstDay, today, random);
        store.db().update("UPDATE jiraissue SET timespent = (SELECT COALESCE(SUM(w.timeworked), 0) FROM worklog w"
                + " WHERE w.issueid = jiraissue.id)");
        return new Summary(6, 2, issues, worklogs);
    }

    /** Top-level issues (every third with sub-tasks), inserted in batches. */
    private int issues(HostProject project, String[] summaries, String type, int scale, Timestamp created,
                       Random random, List<Long> ids) {
        int topLevel = summaries.length * scale;
        int count = 0;
        long number = 0;
        try (Connection c = store.db().connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO jiraissue (id, project, issuenum, issuekey, summary, issuetype, parent_id, reporter, created,"
                        + " updated, timespent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            c.setAutoCommit(false);
            Progress progress = new Progress(out, "issues " + project.getKey(), topLevel, scale >= 50);
            for (int i = 0; i < topLevel; i++) {
                String summary = summaries[i % summaries.length] + (i < summaries.length ? "" : " #" + (i / summaries.length + 1));
                long id = store.nextId("jiraissue");
                add(ps, id, project, ++number, summary, type, null, created);
                ids.add(id);
                count++;
                if (i % 3 == 1) {
                    for (int s = 0; s < 2; s++) {
                        long sub = store.nextId("jiraissue");
                        add(ps, sub, project, ++number, SUB_TASKS[(i + s) % SUB_TASKS.length] + ": " + summary,
                                "Sub-task", id, created);
                        ids.add(sub);
                        count++;
                    }
                }
                if (count % 1000 < 3) {
                    ps.executeBatch();
                }
                progress.step(i + 1);
            }
            ps.executeBatch();
            c.commit();
            progress.done();
        } catch (SQLException e) {
            throw new Db.DbException("demo issues", e);
        }
        store.db().update("UPDATE project SET pcounter = ? WHERE id = ?", number, project.getId());
        return count;
    }

    private static void add(PreparedStatement ps, long id, HostProject project, long number, String summary,
                            String type, Long parent, Timestamp created) throws SQLException {
        Db.bind(ps, id, project.getId(), number, project.getKey() + "-" + number, summary, type, parent, "pm", created, created);
        ps.addBatch();
    }

    private long worklogs(List<Long> issueIds, int scale, LocalDate firstDay, LocalDate today, Random random) {
        LocalDate end = firstDay.plusMonths(3).minusDays(1);
        if (end.isAfter(today)) {
            end = today;
        }
        long days = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(firstDay, end) + 1);
        long written = 0;
        ZoneId zone = ZoneId.systemDefault();
        try (Connection c = store.db().connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO worklog (id, issueid, author, updateauthor, worklogbody, startdate, created, updated,"
                        + " timeworked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            Progress progress = new Progress(out, "worklogs", days, scale >= 50);
            int pending = 0;
            for (LocalDate day = firstDay; !day.isAfter(end); day = day.plusDays(1)) {
                progress.step(java.time.temporal.ChronoUnit.DAYS.between(firstDay, day) + 1);
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                for (String author : new String[]{"dev", "dev2"}) {
                    int n = (1 + random.nextInt(4)) * scale;
                    for (int k = 0; k < n; k++) {
                        long issue = issueIds.get(random.nextInt(issueIds.size()));
                        LocalDateTime start = day.atTime(8 + random.nextInt(9), random.nextBoolean() ? 0 : 30);
                        long seconds = DURATIONS[random.nextInt(DURATIONS.length)];
                        Timestamp started = Timestamp.from(start.atZone(zone).toInstant());
                        Timestamp logged = Timestamp.from(start.atZone(zone).toInstant().plusSeconds(seconds));
                        Db.bind(ps, store.nextId("worklog"), issue, author, author,
                                COMMENTS[random.nextInt(COMMENTS.length)], started, logged, logged, seconds);
                        ps.addBatch();
                        written++;
                        if (++pending == 1000) {
                            ps.executeBatch();
                            c.commit();
                            pending = 0;
                        }
                    }
                }
            }
            ps.executeBatch();
            c.commit();
            progress.done();
        } catch (SQLException e) {
            throw new Db.DbException("demo worklogs", e);
        }
        return written;
    }

    /** A console progress bar, shown only for big jobs. */
    static final class Progress {
        private final PrintStream out;
        private final String label;
        private final long total;
        private final boolean big;
        private int shown = -1;

        Progress(PrintStream out, String label, long total, boolean big) {
            this.out = out;
            this.label = label;
            this.total = total;
            this.big = big;
        }

        void step(long done) {
            if (out == null || !big) {
                return;
            }
            int percent = (int) (100 * done / Math.max(1, total));
            if (percent / 2 != shown / 2) {
                shown = percent;
                int bar = percent / 4;
                out.print("\r  " + label + " [" + "#".repeat(bar) + " ".repeat(25 - bar) + "] " + percent + "%");
                out.flush();
            }
        }

        void done() {
            if (out != null && big) {
                out.println();
            }
        }
    }
}
