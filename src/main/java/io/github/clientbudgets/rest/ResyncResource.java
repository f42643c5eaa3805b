package io.github.clientbudgets.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.atlassian.scheduler.SchedulerServiceException;
import io.github.clientbudgets.rest.json.AdminJson;
import io.github.clientbudgets.rest.json.AdminJsonMapper;
import io.github.clientbudgets.timeentry.Resync;
import io.github.clientbudgets.timeentry.ResyncJob;

import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /admin/resync}: where the resync stands, and "resync now". Jira admins only: the platform checks
 * {@code @AdminOnly}, and this class checks again before anything else. {@code @WebSudoRequired}: from the admin
 * page (a browser session) only in a secure administrator session; scripts with HTTP Basic are not asked (Atlassian
 * REST exempts them).
 */
@Path("/admin/resync")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
@WebSudoRequired
public class ResyncResource {
    private final UserManager users;
    private final Resync resync;
    private final ResyncJob job;
    private final AdminJsonMapper json;

    @Inject
    public ResyncResource(UserManager users, Resync resync, ResyncJob job, AdminJsonMapper json) {
        this.users = users;
        this.resync = resync;
        this.job = job;
        this.json = json;
    }

    @GET
    public Response state(@Context HttpServletRequest request) {
        Response refused = refuseNonAdmins(request);
        if (refused != null) {
            return refused;
        }
        return Response.ok(json.resync(resync.state())).build();
    }

    @POST
    public Response requestNow(@Context HttpServletRequest request) throws SchedulerServiceException {
        Response refused = refuseNonAdmins(request);
        if (refused != null) {
            return refused;
        }
        job.requestNow();
        return Response.status(Response.Status.ACCEPTED).entity(new AdminJson.ResyncRequested(true)).build();
    }

    private Response refuseNonAdmins(HttpServletRequest request) {
        UserKey user = users.getRemoteUserKey(request);
        if (user == null) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        return users.isAdmin(user) ? null : Response.status(Response.Status.FORBIDDEN).build();
    }
}
