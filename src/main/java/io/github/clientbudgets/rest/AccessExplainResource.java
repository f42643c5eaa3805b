package io.github.clientbudgets.rest;

import io.github.clientbudgets.common.Ids;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.portal.PortalService;
import io.github.clientbudgets.rest.json.ExplanationJson;
import io.github.clientbudgets.rest.json.ExplanationJsonMapper;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/**
 * The access explainer ({@code GET /access/explain?userKey=&budgetId=}): for the budget's PMs and Jira
 * admins, whether a user sees a budget as a client and each condition of the rule. Licensed users only (no
 * annotation); anyone who isn't a PM of the budget gets 404.
 */
@Path("/access")
@Produces(MediaType.APPLICATION_JSON)
public class AccessExplainResource {
    private final PortalService portal;
    private final Permissions permissions;
    private final ExplanationJsonMapper json;

    @Inject
    public AccessExplainResource(PortalService portal, Permissions permissions, ExplanationJsonMapper json) {
        this.portal = portal;
        this.permissions = permissions;
        this.json = json;
    }

    @GET
    @Path("explain")
    public ExplanationJson explain(@QueryParam("userKey") String userKey, @QueryParam("budgetId") String budgetId) {
        String caller = Caller.require(permissions);
        long id = Ids.parse(budgetId, Ids.BUDGET_DIGITS)
                .orElseThrow(() -> ValidationException.of("budgetId", "client-budgets.portal.error.budget"));
        return json.explanation(portal.explain(caller, userKey, id));
    }

}
