package io.github.clientbudgets.devhost.testing.web;

import com.atlassian.jira.project.Project;
import com.atlassian.sal.api.user.UserManager;

import java.util.Map;

/** A plugin condition for the dev host's tests (the Condition shape): shown in one project, to logged-in users. */
public class OnlyProjectCondition {
    private final UserManager users;
    private String projectKey;

    /** Autowired from the plugin's context, which imports SAL's UserManager (not Jira's auth context). */
    public OnlyProjectCondition(UserManager users) {
        this.users = users;
    }

    public void init(Map<String, String> params) {
        projectKey = params.get("projectKey");
    }

    public boolean shouldDisplay(Map<String, Object> context) {
        return users.getRemoteUserKey(null) != null && context.get("project") instanceof Project
                && ((Project) context.get("project")).getKey().equals(projectKey);
    }
}
