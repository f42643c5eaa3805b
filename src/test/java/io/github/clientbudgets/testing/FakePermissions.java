package io.github.clientbudgets.testing;

import io.github.clientbudgets.permission.IssueRef;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.permission.ProjectRef;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A Jira in miniature: projects, issues, users and who may browse or administer what. */
public final class FakePermissions implements Permissions {
    private final Map<Long, ProjectRef> projects = new HashMap<>();
    private final Map<String, IssueRef> issues = new HashMap<>();
    private final Map<String, String> users = new HashMap<>();
    private final Set<String> browse = new HashSet<>();
    private final Set<String> admin = new HashSet<>();
    private volatile String current;

    public FakePermissions project(long id, String key) {
        projects.put(id, new ProjectRef(id, key, key + " project"));
        return this;
    }

    public FakePermissions issue(long id, String key, long projectId, Long parentId) {
        issues.put(key, new IssueRef(id, key, projectId, parentId));
        return this;
    }

    public FakePermissions user(String key) {
        users.put(key, key.toUpperCase());
        return this;
    }

    public FakePermissions browser(String user, long projectId) {
        user(user);
        browse.add(user + "@" + projectId);
        return this;
    }

    public FakePermissions admin(String user, long projectId) {
        browser(user, projectId);
        admin.add(user + "@" + projectId);
        return this;
    }

    @Override
    public java.util.Set<String> projectAdministrators(long projectId) {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        admin.stream().filter(a -> a.endsWith("@" + projectId)).forEach(a -> keys.add(a.substring(0, a.lastIndexOf('@'))));
        return keys;
    }

    public FakePermissions loggedIn(String user) {
        current = user;
        return this;
    }

    @Override
    public Optional<String> currentUserKey() {
        return Optional.ofNullable(current);
    }

    @Override
    public Optional<ProjectRef> projectByKey(String projectKey) {
        return projects.values().stream().filter(p -> p.key().equals(projectKey)).findFirst();
    }

    @Override
    public Optional<ProjectRef> projectById(long projectId) {
        return Optional.ofNullable(projects.get(projectId));
    }

    @Override
    public Optional<IssueRef> issueByKey(String issueKey) {
        return Optional.ofNullable(issues.get(issueKey));
    }

    @Override
    public boolean canBrowse(String userKey, long projectId) {
        return browse.contains(userKey + "@" + projectId);
    }

    @Override
    public boolean canAdminister(String userKey, long projectId) {
        return admin.contains(userKey + "@" + projectId);
    }

    @Override
    public boolean userExists(String userKey) {
        return users.containsKey(userKey);
    }

    @Override
    public String displayName(String userKey) {
        return users.getOrDefault(userKey, userKey);
    }

    @Override
    public Optional<String> emailAddress(String userKey) {
        return users.containsKey(userKey) ? Optional.of(userKey + "@example.com") : Optional.empty();
    }

    @Override
    public java.util.Map<Long, String> issueKeys(java.util.Collection<Long> issueIds) {
        java.util.Map<Long, String> keys = new java.util.HashMap<>();
        for (Long id : issueIds) {
            issues.values().stream().filter(i -> i.id() == id).findFirst().ifPresent(i -> keys.put(id, i.key()));
        }
        return keys;
    }

    @Override
    public java.util.List<io.github.clientbudgets.permission.UserRef> findUsers(String query, int limit) {
        String q = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
        return users.entrySet().stream().filter(u -> !q.isEmpty() && (u.getKey().contains(q)
                        || u.getValue().toLowerCase(java.util.Locale.ROOT).contains(q)))
                .sorted(Map.Entry.comparingByKey()).limit(limit)
                .map(u -> new io.github.clientbudgets.permission.UserRef(u.getKey(), u.getValue(), u.getKey() + "@example.com"))
                .toList();
    }
}
