package io.github.clientbudgets.web;

import com.atlassian.plugin.web.Condition;
import io.github.clientbudgets.permission.Permissions;

import java.util.Map;

/** Shows a link (My time) to anyone logged in. */
public class LoggedInCondition implements Condition {
    private final Permissions permissions;

    public LoggedInCondition(Permissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return permissions.currentUserKey().isPresent();
    }
}
