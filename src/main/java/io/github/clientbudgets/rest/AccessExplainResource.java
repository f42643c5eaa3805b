package io.github.clientbudgets.rest;

import io.github.clientbudgets.access.ClientView;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.i18n.I18nText;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.portal.Explanation;
import io.github.clientbudgets.portal.PortalService;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The access explainer (CONTRACT.md {@code GET /access/explain?userKey=&budgetId=}): for the budget's PMs and Jira
 * admins, whether a user sees a budget as a client and each condition of the rule. Licensed users only (no
 * annotation); anyone who isn't a PM of the budget gets 404.
 */
@Path("/access")
@Produces(MediaType.APPLICATION_JSON)
public class AccessExplainResource {
    private final PortalService portal;
    private final Permissions permissions;
    private final I18nText text;

    @Inject
    public AccessExplainResource(PortalService portal, Permissions permissions, I18nText text) {
        this.portal = portal;
        this.permissions = permissions;
        this.text = text;
    }

    @GET
    @Path("explain")
    public Map<String, Object> explain(@QueryParam("userKey") String userKey, @QueryParam("budgetId") String budgetId) {
        String caller = Caller.require(permissions);
        if (budgetId == null || !budgetId.matches("\\d{1,9}")) {
            throw ValidationException.of("budgetId", "client-budgets.portal.error.budget");
        }
        Explanation e = portal.explain(caller, userKey, Long.parseLong(budgetId));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("userKey", e.userKey());
        m.put("budgetId", e.budgetId());
        m.put("visible", e.visible());
        m.put("reasons", e.conditions().stream().map(this::reason).toList());
        m.put("conditions", e.conditions().stream().map(c -> Map.of("key", c.i18nKey(), "met", c.met(),
                "text", text.get(c.i18nKey()))).toList());
        if (e.visible()) {
            m.put("approvedOnly", e.approvedOnly());
            m.put("personNames", e.personNames());
            m.put("comments", e.comments());
        }
        return m;
    }

    private String reason(ClientView.Condition c) {
        return text.get(c.met() ? "client-budgets.access.met" : "client-budgets.access.unmet", text.get(c.i18nKey()));
    }

}
