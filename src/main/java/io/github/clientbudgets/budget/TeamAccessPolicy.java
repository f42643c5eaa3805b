package io.github.clientbudgets.budget;

import io.github.clientbudgets.permission.Permissions;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The one team-side rule of who may do what with a budget (as {@code access.ClientVisibilityPolicy} is for clients):
 * <ul>
 *   <li>see it (and its line items, expenses, time and history): whoever may browse its project;</li>
 *   <li>manage it (change it, its line items and expenses, assign issues to it) and approve for it (decide on its
 *       time and expenses, lock its months, view it as its client): its owner, or an administrator of its
 *       project (Jira administrators administer every project);</li>
 *   <li>create budgets in a project: its administrators.</li>
 * </ul>
 */
public class TeamAccessPolicy {
    private final Permissions permissions;

    public TeamAccessPolicy(Permissions permissions) {
        this.permissions = permissions;
    }

    public boolean maySee(String caller, Budget budget) {
        return permissions.canBrowse(caller, budget.projectId());
    }

    public boolean mayManage(String caller, Budget budget) {
        return mayManage(caller, budget.ownerKey(), budget.projectId());
    }

    /** {@link #mayManage(String, Budget)} on a budget's owner and project, when the caller holds no {@link Budget}. */
    public boolean mayManage(String caller, String ownerKey, long projectId) {
        return caller != null && (caller.equals(ownerKey) || isProjectAdmin(caller, projectId));
    }

    /** Approving for a budget is managing it: the same people. */
    public boolean mayApprove(String caller, Budget budget) {
        return mayManage(caller, budget);
    }

    public boolean mayCreateIn(String caller, long projectId) {
        return isProjectAdmin(caller, projectId);
    }

    /** An administrator of the project (or of Jira): manages every budget of the project. */
    public boolean isProjectAdmin(String caller, long projectId) {
        return permissions.canAdminister(caller, projectId);
    }

    /**
     * The same rule for one caller over many budgets (a bulk decision, a review queue): asks Jira once per project,
     * or once for many projects with {@link Caller#learnAdministered}.
     */
    public Caller forCaller(String caller) {
        return new Caller(caller);
    }

    /** The rule for one caller, remembering Jira's answers per project. Not thread-safe; one per request. */
    public final class Caller {
        private final String caller;
        private final Map<Long, Boolean> browse = new HashMap<>();
        private final Map<Long, Boolean> administer = new HashMap<>();

        private Caller(String caller) {
            this.caller = caller;
        }

        public boolean mayBrowse(long projectId) {
            return browse.computeIfAbsent(projectId, p -> permissions.canBrowse(caller, p));
        }

        public boolean maySee(Budget budget) {
            return mayBrowse(budget.projectId());
        }

        public boolean mayAdminister(long projectId) {
            return administer.computeIfAbsent(projectId, p -> permissions.canAdminister(caller, p));
        }

        public boolean mayApprove(Budget budget) {
            return caller != null && (caller.equals(budget.ownerKey()) || mayAdminister(budget.projectId()));
        }

        /** Asks Jira once which of these projects the caller administers, instead of once per project. */
        public void learnAdministered(Collection<Long> projectIds) {
            Set<Long> administered = permissions.administeredAmong(caller, projectIds);
            projectIds.forEach(p -> administer.put(p, administered.contains(p)));
        }
    }
}
