package io.github.clientbudgets.web.team;

import com.atlassian.jira.project.Project;
import com.atlassian.plugin.web.Condition;
import io.github.clientbudgets.permission.Permissions;

import java.util.Map;
import java.util.Optional;

/**
 * Shows the project sidebar's Budgets item only to users who can browse the project. The project-centric view puts
 * {@code project} (and {@code projectKey}) in the context.
 */
public class BrowseProjectCondition implements Condition {
    private final Permissions permissions;

    public BrowseProjectCondition(Permissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        Optional<String> user = permissions.currentUserKey();
        if (user.isEmpty()) {
            return false;
        }
        Object project = context.get("project");
        Long projectId = null;
        if (project instanceof Project p) {
            projectId = p.getId();
        } else if (context.get("projectKey") instanceof String key) {
            projectId = permissions.projectByKey(key).map(ref -> ref.id()).orElse(null);
        }
        return projectId != null && permissions.canBrowse(user.get(), projectId);
    }
}
