package io.github.clientbudgets.devhost.demo;

import com.atlassian.jira.permission.GlobalPermissionKey;
import io.github.clientbudgets.devhost.jira.HostUser;

/**
 * Jira's global permission Browse users ({@code USER_PICKER}, what Jira's user picker asks) for the demo users with
 * application access, as a fresh Jira grants it to its application groups; portal-only customers hold none. A step
 * (not part of the base data) so that it also reaches databases made before the host knew the permission.
 */
public final class BrowseUsersDemoData implements DemoDataStep {
    @Override
    public String name() {
        return "jira: Browse users for the licensed users";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void apply(DemoContext demo) {
        for (HostUser user : demo.store().users()) {
            if (user.applicationRole() != null
                    && !demo.store().hasGlobalPermission(user.getKey(), GlobalPermissionKey.USER_PICKER.getKey())) {
                demo.store().grantGlobalPermission(user.getKey(), GlobalPermissionKey.USER_PICKER.getKey());
            }
        }
    }
}
