package io.github.clientbudgets.devhost.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import io.github.clientbudgets.devhost.db.Db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The host's Jira tables, in the same database as the plugin's AO tables, named and shaped after Jira's own
 * ({@code cwd_user}, {@code project}, {@code projectroleactor}, {@code jiraissue}, {@code worklog}, ...), reduced to
 * the columns the host uses. Ids are allocated here, from 10000 like Jira's.
 */
public final class JiraStore {
    public static final String ROLE_ADMINISTRATORS = "Administrators";
    public static final String ROLE_DEVELOPERS = "Developers";
    public static final String ROLE_USERS = "Users";

    private final Db db;
    private final Map<String, AtomicLong> ids = new ConcurrentHashMap<>();

    public JiraStore(Db db) {
        this.db = db;
    }

    public Db db() {
        return db;
    }

    /** Creates the tables unless they exist. */
    public void createSchema() {
        db.execute(
                "CREATE TABLE IF NOT EXISTS cwd_user (id BIGINT PRIMARY KEY, user_key VARCHAR(255) NOT NULL UNIQUE,"
                        + " user_name VARCHAR(255) NOT NULL, lower_user_name VARCHAR(255) NOT NULL UNIQUE,"
                        + " display_name VARCHAR(255), email_address VARCHAR(255), credential VARCHAR(255),"
                        + " active BOOLEAN NOT NULL, application_role VARCHAR(64))",
                "CREATE TABLE IF NOT EXISTS globalpermissionentry (id BIGINT PRIMARY KEY, permission VARCHAR(64) NOT NULL,"
                        + " user_key VARCHAR(255) NOT NULL)",
                "CREATE TABLE IF NOT EXISTS project (id BIGINT PRIMARY KEY, pkey VARCHAR(255) NOT NULL UNIQUE,"
                        + " pname VARCHAR(255) NOT NULL, description VARCHAR(2000), lead_key VARCHAR(255),"
                        + " projecttype VARCHAR(64) NOT NULL, pcounter BIGINT NOT NULL)",
                "CREATE TABLE IF NOT EXISTS projectroleactor (id BIGINT PRIMARY KEY, pid BIGINT NOT NULL,"
                        + " rolename VARCHAR(64) NOT NULL, user_key VARCHAR(255) NOT NULL)",
                "CREATE TABLE IF NOT EXISTS jiraissue (id BIGINT PRIMARY KEY, project BIGINT NOT NULL,"
                        + " issuenum BIGINT NOT NULL, issuekey VARCHAR(255) NOT NULL UNIQUE, summary VARCHAR(255),"
                        + " issuetype VARCHAR(64) NOT NULL, parent_id BIGINT, reporter VARCHAR(255),"
                        + " created TIMESTAMP NOT NULL, updated TIMESTAMP NOT NULL, timespent BIGINT NOT NULL)",
                "CREATE INDEX IF NOT EXISTS jiraissue_project ON jiraissue (project)",
                "CREATE TABLE IF NOT EXISTS worklog (id BIGINT PRIMARY KEY, issueid BIGINT NOT NULL,"
                        + " author VARCHAR(255), updateauthor VARCHAR(255), worklogbody VARCHAR(4000),"
                        + " startdate TIMESTAMP NOT NULL, created TIMESTAMP NOT NULL, updated TIMESTAMP NOT NULL,"
                        + " timeworked BIGINT NOT NULL)",
                "CREATE INDEX IF NOT EXISTS worklog_issue ON worklog (issueid)",
                "CREATE INDEX IF NOT EXISTS worklog_updated ON worklog (updated)",
                // a user's preferences, as Jira keeps them: entity ApplicationUser, e.g. jira.user.locale = de_DE
                "CREATE TABLE IF NOT EXISTS propertyentry (id BIGINT PRIMARY KEY, entity_name VARCHAR(255) NOT NULL,"
                        + " entity_id BIGINT NOT NULL, property_key VARCHAR(255) NOT NULL, propertyvalue VARCHAR(255),"
                        + " UNIQUE (entity_name, entity_id, property_key))");
    }

    public boolean isEmpty() {
        return db.queryLong("SELECT COUNT(*) FROM cwd_user") == 0;
    }

    /** The next id of a table (Jira's sequence values), safe across threads. */
    public long nextId(String table) {
        return ids.computeIfAbsent(table, t -> new AtomicLong(
                Math.max(10000L, db.queryLong("SELECT COALESCE(MAX(id), 0) + 1 FROM " + t)))).getAndIncrement();
    }

    /** Reserves {@code count} ids of a table at once, for batched inserts; returns the first. */
    public long reserveIds(String table, long count) {
        nextId(table);
        return ids.get(table).getAndAdd(count);
    }

    // ===== users =====

    public HostUser createUser(String username, String displayName, String email, String password,
                               String applicationRole) {
        long id = nextId("cwd_user");
        String key = username.toLowerCase(java.util.Locale.ROOT);
        db.update("INSERT INTO cwd_user (id, user_key, user_name, lower_user_name, display_name, email_address,"
                        + " credential, active, application_role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, key, username, key, displayName, email, Passwords.hash(password), true, applicationRole);
        return userByKey(key).orElseThrow();
    }

    public void grantGlobalPermission(String userKey, String permission) {
        db.update("INSERT INTO globalpermissionentry (id, permission, user_key) VALUES (?, ?, ?)",
                nextId("globalpermissionentry"), permission, userKey);
    }

    public boolean hasGlobalPermission(String userKey, String permission) {
        return db.queryLong("SELECT COUNT(*) FROM globalpermissionentry WHERE user_key = ? AND permission = ?",
                userKey, permission) > 0;
    }

    private static final String USER_COLUMNS =
            "id, user_key, user_name, display_name, email_address, active, application_role";

    private static HostUser user(ResultSet rs) throws SQLException {
        return new HostUser(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getBoolean(6), rs.getString(7));
    }

    /**
     * Users by key, as Jira serves them: from memory (its user DAO keeps every user in a cache) rather than one SQL
     * statement per call, which made the host's look-ups dominate pages that name many people. Only users found are
     * kept; the host never changes a user once created (tests that do so through SQL restart the host).
     */
    private final java.util.Map<String, HostUser> usersByKey = new java.util.concurrent.ConcurrentHashMap<>();

    public Optional<HostUser> userByKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        HostUser known = usersByKey.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<HostUser> read = db.queryOne("SELECT " + USER_COLUMNS + " FROM cwd_user WHERE user_key = ?",
                JiraStore::user, key);
        read.ifPresent(user -> usersByKey.put(key, user));
        return read;
    }

    /** For tests and benchmarks that change {@code cwd_user} behind the host's back. */
    public void forgetUsers() {
        usersByKey.clear();
    }

    public Optional<HostUser> userByName(String name) {
        return name == null ? Optional.empty()
                : db.queryOne("SELECT " + USER_COLUMNS + " FROM cwd_user WHERE lower_user_name = ?", JiraStore::user,
                name.toLowerCase(java.util.Locale.ROOT));
    }

    public List<HostUser> users() {
        return db.query("SELECT " + USER_COLUMNS + " FROM cwd_user ORDER BY user_name", JiraStore::user);
    }

    /** The user if the password matches, else empty. */
    public Optional<HostUser> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<String> hash = db.queryOne("SELECT credential FROM cwd_user WHERE lower_user_name = ? AND active = ?",
                rs -> rs.getString(1), username.toLowerCase(java.util.Locale.ROOT), true);
        return hash.filter(h -> Passwords.matches(password, h)).flatMap(h -> userByName(username));
    }

    /** Jira's user preference key of the language a user chose in his profile (a {@code Locale.toString()}). */
    public static final String USER_LOCALE = "jira.user.locale";

    /** The language the user chose in his profile, if any (Jira's {@code jira.user.locale}). */
    public Optional<java.util.Locale> userLocale(String userKey) {
        Optional<HostUser> user = userByKey(userKey);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        return db.queryOne("SELECT propertyvalue FROM propertyentry WHERE entity_name = 'ApplicationUser'"
                        + " AND entity_id = ? AND property_key = ?", rs -> rs.getString(1), user.get().getId(), USER_LOCALE)
                .filter(v -> v != null && !v.isBlank())
                .map(v -> new java.util.Locale.Builder().setLanguageTag(v.replace('_', '-')).build());
    }

    /** Sets (or, with null, removes) the user's profile language, as his profile page does in Jira. */
    public void setUserLocale(String userKey, java.util.Locale locale) {
        HostUser user = userByKey(userKey).orElseThrow(() -> new IllegalArgumentException("no user " + userKey));
        db.update("DELETE FROM propertyentry WHERE entity_name = 'ApplicationUser' AND entity_id = ? AND property_key = ?",
                user.getId(), USER_LOCALE);
        if (locale != null) {
            db.update("INSERT INTO propertyentry (id, entity_name, entity_id, property_key, propertyvalue)"
                    + " VALUES (?, 'ApplicationUser', ?, ?, ?)", nextId("propertyentry"), user.getId(), USER_LOCALE,
                    locale.toString());
        }
    }

    // ===== projects and roles =====

    public HostProject createProject(String key, String name, String description, String leadKey, String type) {
        long id = nextId("project");
        db.update("INSERT INTO project (id, pkey, pname, description, lead_key, projecttype, pcounter)"
                + " VALUES (?, ?, ?, ?, ?, ?, 0)", id, key, name, description, leadKey, type);
        return projectById(id).orElseThrow();
    }

    public void addRoleActor(long projectId, String roleName, String userKey) {
        db.update("INSERT INTO projectroleactor (id, pid, rolename, user_key) VALUES (?, ?, ?, ?)",
                nextId("projectroleactor"), projectId, roleName, userKey);
    }

    public List<String> rolesOf(String userKey, long projectId) {
        return db.query("SELECT rolename FROM projectroleactor WHERE user_key = ? AND pid = ?", rs -> rs.getString(1),
                userKey, projectId);
    }

    /** The user keys holding the role on the project. */
    public List<String> roleActors(long projectId, String roleName) {
        return db.query("SELECT user_key FROM projectroleactor WHERE pid = ? AND rolename = ? ORDER BY user_key",
                rs -> rs.getString(1), projectId, roleName);
    }

    /** Project ids where the user holds one of the roles. */
    public List<Long> projectIdsWithRole(String userKey, java.util.Collection<String> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(roles.size(), "?"));
        Object[] params = new Object[roles.size() + 1];
        params[0] = userKey;
        int i = 1;
        for (String r : roles) {
            params[i++] = r;
        }
        return db.query("SELECT DISTINCT pid FROM projectroleactor WHERE user_key = ? AND rolename IN (" + marks + ")",
                rs -> rs.getLong(1), params);
    }

    private static final String PROJECT_COLUMNS = "id, pkey, pname, description, lead_key, projecttype";

    private HostProject project(ResultSet rs) throws SQLException {
        return new HostProject(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), k -> userByKey(k).orElse(null));
    }

    public Optional<HostProject> projectById(long id) {
        return db.queryOne("SELECT " + PROJECT_COLUMNS + " FROM project WHERE id = ?", this::project, id);
    }

    public Optional<HostProject> projectByKey(String key) {
        return key == null ? Optional.empty()
                : db.queryOne("SELECT " + PROJECT_COLUMNS + " FROM project WHERE pkey = ?", this::project,
                key.toUpperCase(java.util.Locale.ROOT));
    }

    public List<HostProject> projects() {
        return db.query("SELECT " + PROJECT_COLUMNS + " FROM project ORDER BY pname", this::project);
    }

    // ===== issues =====

    public HostIssue createIssue(long projectId, String summary, String issueType, Long parentId, String reporter,
                                 Instant created) {
        long id = nextId("jiraissue");
        long number;
        synchronized (this) {
            db.update("UPDATE project SET pcounter = pcounter + 1 WHERE id = ?", projectId);
            number = db.queryLong("SELECT pcounter FROM project WHERE id = ?", projectId);
        }
        String key = projectById(projectId).orElseThrow().getKey() + "-" + number;
        db.update("INSERT INTO jiraissue (id, project, issuenum, issuekey, summary, issuetype, parent_id, reporter,"
                        + " created, updated, timespent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                id, projectId, number, key, summary, issueType, parentId, reporter, created, created);
        return issueById(id).orElseThrow();
    }

    private static final String ISSUE_COLUMNS =
            "id, issuekey, summary, issuetype, project, parent_id, timespent, created";

    private HostIssue issue(ResultSet rs) throws SQLException {
        long parent = rs.getLong(6);
        Long parentId = rs.wasNull() ? null : parent;
        return new HostIssue(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                parentId, rs.getLong(7), rs.getTimestamp(8).toInstant(),
                pid -> projectById(pid).orElse(null), iid -> issueById(iid).orElse(null));
    }

    public Optional<HostIssue> issueById(Long id) {
        return id == null ? Optional.empty()
                : db.queryOne("SELECT " + ISSUE_COLUMNS + " FROM jiraissue WHERE id = ?", this::issue, id);
    }

    /** Several issues in one statement per 500 ids, as Jira's {@code getIssueObjects} reads them; missing ones left out. */
    public List<HostIssue> issuesByIds(java.util.Collection<Long> ids) {
        List<Long> distinct = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        List<HostIssue> result = new java.util.ArrayList<>();
        for (int from = 0; from < distinct.size(); from += 500) {
            List<Long> chunk = distinct.subList(from, Math.min(distinct.size(), from + 500));
            String in = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            result.addAll(db.query("SELECT " + ISSUE_COLUMNS + " FROM jiraissue WHERE id IN (" + in + ")", this::issue,
                    chunk.toArray()));
        }
        return result;
    }

    public Optional<HostIssue> issueByKey(String key) {
        return key == null ? Optional.empty()
                : db.queryOne("SELECT " + ISSUE_COLUMNS + " FROM jiraissue WHERE issuekey = ?", this::issue,
                key.toUpperCase(java.util.Locale.ROOT));
    }

    public List<HostIssue> issuesOfProject(long projectId, int limit) {
        return db.query("SELECT " + ISSUE_COLUMNS + " FROM jiraissue WHERE project = ? ORDER BY issuenum"
                + " FETCH FIRST " + limit + " ROWS ONLY", this::issue, projectId);
    }

    public List<HostIssue> subTasks(long parentId) {
        return db.query("SELECT " + ISSUE_COLUMNS + " FROM jiraissue WHERE parent_id = ? ORDER BY issuenum",
                this::issue, parentId);
    }

    public List<Long> issueIdsOfProject(long projectId) {
        return db.query("SELECT id FROM jiraissue WHERE project = ? ORDER BY id", rs -> rs.getLong(1), projectId);
    }

    public long issueCount(long projectId) {
        return db.queryLong("SELECT COUNT(*) FROM jiraissue WHERE project = ?", projectId);
    }

    // ===== worklogs =====

    private static final String WORKLOG_COLUMNS =
            "id, issueid, author, updateauthor, worklogbody, startdate, timeworked, created, updated";

    private HostWorklog worklog(ResultSet rs, Issue issue) throws SQLException {
        Issue owner = issue != null ? issue : issueById(rs.getLong(2)).orElse(null);
        return new HostWorklog(rs.getLong(1), owner, rs.getString(3), rs.getString(4), rs.getString(5),
                date(rs.getTimestamp(6)), rs.getLong(7), date(rs.getTimestamp(8)), date(rs.getTimestamp(9)));
    }

    private static Date date(Timestamp t) {
        return t == null ? null : new Date(t.getTime());
    }

    public Optional<HostWorklog> worklogById(Long id) {
        return id == null ? Optional.empty()
                : db.queryOne("SELECT " + WORKLOG_COLUMNS + " FROM worklog WHERE id = ?", rs -> worklog(rs, null), id);
    }

    public List<HostWorklog> worklogsOf(Issue issue) {
        return db.query("SELECT " + WORKLOG_COLUMNS + " FROM worklog WHERE issueid = ? ORDER BY startdate, id",
                rs -> worklog(rs, issue), issue.getId());
    }

    public List<HostWorklog> worklogsUpdatedSince(Date since, int limit) {
        return db.query("SELECT " + WORKLOG_COLUMNS + " FROM worklog WHERE updated >= ? ORDER BY updated, id"
                + " FETCH FIRST " + limit + " ROWS ONLY", rs -> worklog(rs, null), since);
    }

    public long insertWorklog(long issueId, String author, String comment, Date start, long seconds, Instant now) {
        long id = nextId("worklog");
        db.update("INSERT INTO worklog (id, issueid, author, updateauthor, worklogbody, startdate, created, updated,"
                + " timeworked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, issueId, author, author, comment, start, now,
                now, seconds);
        addTimeSpent(issueId, seconds);
        return id;
    }

    public void updateWorklog(long id, String updateAuthor, String comment, Date start, long seconds, Instant now) {
        HostWorklog old = worklogById(id).orElseThrow();
        db.update("UPDATE worklog SET updateauthor = ?, worklogbody = ?, startdate = ?, timeworked = ?, updated = ?"
                + " WHERE id = ?", updateAuthor, comment, start, seconds, now, id);
        addTimeSpent(old.getIssue().getId(), seconds - old.getTimeSpent());
    }

    public void deleteWorklog(long id) {
        HostWorklog old = worklogById(id).orElseThrow();
        db.update("DELETE FROM worklog WHERE id = ?", id);
        addTimeSpent(old.getIssue().getId(), -old.getTimeSpent());
    }

    private void addTimeSpent(long issueId, long delta) {
        db.update("UPDATE jiraissue SET timespent = timespent + ?, updated = ? WHERE id = ?", delta, Instant.now(),
                issueId);
    }

    public Project projectOf(Issue issue) {
        return projectById(issue.getProjectId()).orElseThrow();
    }
}
