package io.github.clientbudgets.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import io.github.clientbudgets.common.Ids;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.rest.json.SignOffJson;
import io.github.clientbudgets.rest.json.SignOffJsonMapper;
import io.github.clientbudgets.rest.json.SignOffMonthJson;
import io.github.clientbudgets.rest.json.SignOffRequest;
import io.github.clientbudgets.signoff.SignOffService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * A client's sign-offs of a budget's months ({@code /portal/budgets/{id}/sign-offs}). Annotated like the portal's
 * other REST ({@code @UnrestrictedAccess}: portal-only customers are unlicensed), so every method checks the caller
 * first: anonymous 401, a budget he doesn't see 404, and one he sees without being a Client Manager also 404 for the
 * POST (a client never gets 403). The POST takes JSON only: Jira's XSRF check refuses the form content types a
 * cross-site page could send, and a JSON body from another site would need CORS, which Jira does not grant.
 */
@Path("/portal/budgets/{id}/sign-offs")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class PortalSignOffResource {
    private final SignOffService signOffs;
    private final io.github.clientbudgets.portal.PortalService portal;
    private final Permissions permissions;
    private final SignOffJsonMapper json;

    @Inject
    public PortalSignOffResource(SignOffService signOffs, io.github.clientbudgets.portal.PortalService portal,
                                 Permissions permissions, SignOffJsonMapper json) {
        this.signOffs = signOffs;
        this.portal = portal;
        this.permissions = permissions;
        this.json = json;
    }

    @GET
    public List<SignOffJson> list(@PathParam("id") String id) {
        String caller = Caller.require(permissions);
        return json.signOffs(signOffs.forClient(caller, Ids.orNotFound(id, Ids.BUDGET_DIGITS)));
    }

    /** The sign-off panel's months: {@code {"clientManager":bool,"months":[SignOffMonth]}}. */
    @GET
    @Path("months")
    public SignOffMonthJson.Months months(@PathParam("id") String id) {
        String caller = Caller.require(permissions);
        io.github.clientbudgets.portal.Portal opened = portal.open(caller, Ids.orNotFound(id, Ids.BUDGET_DIGITS));
        return json.months(signOffs.maySign(opened, caller), signOffs.months(opened, caller));
    }

    /** 201 with the new sign-off; 200 with the standing one when the month is signed already and unchanged. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sign(@PathParam("id") String id, Map<String, Object> body) {
        String caller = Caller.require(permissions);
        long budgetId = Ids.orNotFound(id, Ids.BUDGET_DIGITS);
        SignOffService.Signed signed = signOffs.sign(caller, budgetId, SignOffRequest.from(body).period());
        return Response.status(signed.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(json.signOff(signed.signOff())).build();
    }
}
