package io.github.clientbudgets.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import io.github.clientbudgets.admin.CheckResult;
import io.github.clientbudgets.admin.InstallationCheck;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.rest.json.AdminJsonMapper;

import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /admin/installation-check}: the admin page's installation check as JSON (the server-side checks), and
 * {@code /customer?username=}: whether a named customer would be admitted to the portal. Jira admins only, checked
 * again here first; WebSudo from a browser, as the admin page.
 */
@Path("/admin/installation-check")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
@WebSudoRequired
public class InstallationCheckResource {
    private final UserManager users;
    private final InstallationCheck check;
    private final CustomerAdmission admission;
    private final AdminJsonMapper json;

    @Inject
    public InstallationCheckResource(UserManager users, InstallationCheck check, CustomerAdmission admission,
                                     AdminJsonMapper json) {
        this.users = users;
        this.check = check;
        this.admission = admission;
        this.json = json;
    }

    @GET
    public Response checks(@Context HttpServletRequest request) {
        Response refused = refuseNonAdmins(request);
        if (refused != null) {
            return refused;
        }
        return Response.ok(json.checks(check.run())).build();
    }

    @GET
    @Path("customer")
    public Response customer(@Context HttpServletRequest request, @QueryParam("username") String username) {
        Response refused = refuseNonAdmins(request);
        if (refused != null) {
            return refused;
        }
        if (username == null || username.isBlank() || username.length() > 255) {
            throw ValidationException.of("username", "client-budgets.check.customer.username");
        }
        return Response.ok(json.customer(admission.check(username))).build();
    }

    private Response refuseNonAdmins(HttpServletRequest request) {
        UserKey user = users.getRemoteUserKey(request);
        if (user == null) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        return users.isAdmin(user) ? null : Response.status(Response.Status.FORBIDDEN).build();
    }
}
