package io.github.clientbudgets.web.team;

import com.atlassian.plugin.web.Condition;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.github.clientbudgets.permission.Permissions;

import java.util.Map;
import java.util.Optional;

/**
 * Shows a team link (My time) to licensed users only: the page behind it is an unannotated servlet, which Jira 10
 * serves to licensed users only, so a portal-only customer (no licence) would only meet a 403 there.
 */
public class LicensedUserCondition implements Condition {
    private final Permissions permissions;
    private final UserManager users;

    public LicensedUserCondition(Permissions permissions, UserManager users) {
        this.permissions = permissions;
        this.users = users;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        Optional<String> user = permissions.currentUserKey();
        return user.isPresent() && users.isLicensed(new UserKey(user.get()));
    }
}
