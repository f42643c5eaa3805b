package io.github.clientbudgets.access;

import io.github.clientbudgets.common.InputPolicy;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.permission.ProjectRef;

/**
 * The grant form's organization picker: the project's JSM customer organizations whose name contains what the PM
 * typed. Asks who is calling first, as the grants do (404 for a project he can't browse, 403 for one he doesn't
 * administer), so organization names reach the project's PMs only.
 */
public class OrganizationPicker {
    private final Permissions permissions;
    private final OrganizationDirectory directory;

    public OrganizationPicker(Permissions permissions, OrganizationDirectory directory) {
        this.permissions = permissions;
        this.directory = directory;
    }

    public OrganizationDirectory.Found search(String caller, String projectKey, String query) {
        ProjectRef project = ClientGrantService.administeredProject(permissions, caller, projectKey);
        String q = query == null ? "" : query;
        String problem = InputPolicy.problem(q, false);
        if (problem != null) {
            throw ValidationException.of("query", problem);
        }
        if (q.length() > InputPolicy.LINE_MAX) {
            throw ValidationException.of("query", "client-budgets.error.tooLong", InputPolicy.LINE_MAX);
        }
        return directory.search(caller, project.id(), q);
    }
}
