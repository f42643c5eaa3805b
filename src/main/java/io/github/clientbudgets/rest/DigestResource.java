package io.github.clientbudgets.rest;

import io.github.clientbudgets.digest.DigestSettings;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.rest.json.DigestJson;
import io.github.clientbudgets.rest.json.DigestRequest;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.util.Map;

/**
 * A budget's client digest: {@code GET /budgets/{id}/digest} (team), {@code PUT} (its PMs) with
 * {@code {"frequency":"MONTHLY"}}.
 */
@Path("/budgets/{budgetId}/digest")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DigestResource {
    private final DigestSettings settings;
    private final Permissions permissions;

    @Inject
    public DigestResource(DigestSettings settings, Permissions permissions) {
        this.settings = settings;
        this.permissions = permissions;
    }

    @GET
    public DigestJson get(@PathParam("budgetId") long budgetId) {
        String caller = Caller.require(permissions);
        return DigestJson.of(settings.get(caller, budgetId));
    }

    @PUT
    public DigestJson set(@PathParam("budgetId") long budgetId, Map<String, Object> body) {
        String caller = Caller.require(permissions);
        return DigestJson.of(settings.set(caller, budgetId, DigestRequest.from(body).frequency()));
    }
}
