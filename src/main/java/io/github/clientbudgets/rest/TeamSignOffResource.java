package io.github.clientbudgets.rest;

import io.github.clientbudgets.common.Ids;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.rest.json.SignOffJson;
import io.github.clientbudgets.rest.json.SignOffJsonMapper;
import io.github.clientbudgets.rest.json.SignOffMonthJson;
import io.github.clientbudgets.signoff.SignOffService;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.util.List;

/** The team's view of a budget's sign-offs ({@code /budgets/{id}/sign-offs}): whoever may browse its project. */
@Path("/budgets/{id}/sign-offs")
@Produces(MediaType.APPLICATION_JSON)
public class TeamSignOffResource {
    private final SignOffService signOffs;
    private final Permissions permissions;
    private final SignOffJsonMapper json;

    @Inject
    public TeamSignOffResource(SignOffService signOffs, Permissions permissions, SignOffJsonMapper json) {
        this.signOffs = signOffs;
        this.permissions = permissions;
        this.json = json;
    }

    /** The budget page's sign-off panel: the months and their sign-offs (the team signs nothing). */
    @GET
    @Path("months")
    public SignOffMonthJson.Months months(@PathParam("id") String id) {
        String caller = Caller.require(permissions);
        return json.months(false, signOffs.monthsForTeam(caller, Ids.orNotFound(id, Ids.BUDGET_DIGITS)));
    }

    @GET
    public List<SignOffJson> list(@PathParam("id") String id) {
        String caller = Caller.require(permissions);
        return json.signOffs(signOffs.forTeam(caller, Ids.orNotFound(id, Ids.BUDGET_DIGITS)));
    }
}
