package io.github.clientbudgets.rest;

import io.github.clientbudgets.access.ClientGrant;
import io.github.clientbudgets.access.ClientGrantService;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.permission.Permissions;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Client grants of a project (CONTRACT.md): PMs only; the service checks who asks before anything else. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientGrantResource {
    private final ClientGrantService grants;
    private final Permissions permissions;

    @Inject
    public ClientGrantResource(ClientGrantService grants, Permissions permissions) {
        this.grants = grants;
        this.permissions = permissions;
    }

    /** The grant form's user search: {@code ?q=} (name or e-mail, 2+ characters) → [{key, displayName, email}]. */
    @GET
    @Path("projects/{projectKey}/grantable-users")
    public List<Map<String, Object>> searchUsers(@PathParam("projectKey") String projectKey,
                                                 @javax.ws.rs.QueryParam("q") String query) {
        String caller = Caller.require(permissions);
        return grants.searchUsers(caller, projectKey, query).stream().map(u -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("key", u.key());
            m.put("displayName", u.displayName());
            m.put("email", u.emailAddress());
            return m;
        }).toList();
    }

    @GET
    @Path("projects/{projectKey}/client-grants")
    public List<Map<String, Object>> list(@PathParam("projectKey") String projectKey) {
        String caller = Caller.require(permissions);
        return grants.grants(caller, projectKey).stream().map(this::json).toList();
    }

    @POST
    @Path("projects/{projectKey}/client-grants")
    public Response grant(@PathParam("projectKey") String projectKey, Map<String, Object> body) {
        String caller = Caller.require(permissions);
        Map<String, Object> fields = body == null ? Map.of() : body;
        Object user = fields.get("userKey");
        Object organization = fields.get("organizationId");
        if (user != null && !(user instanceof String)) {
            throw ValidationException.of("userKey", "client-budgets.grant.no-such-user");
        }
        if (organization != null && !(organization instanceof Integer)) {
            throw ValidationException.of("organizationId", "client-budgets.grant.no-such-organization");
        }
        ClientGrant grant = grants.grant(caller, projectKey, (String) user, (Integer) organization);
        return Response.status(Response.Status.CREATED).entity(json(grant)).build();
    }

    @DELETE
    @Path("client-grants/{id}")
    public Response revoke(@PathParam("id") long id) {
        String caller = Caller.require(permissions);
        grants.revoke(caller, id);
        return Response.noContent().build();
    }

    private Map<String, Object> json(ClientGrant grant) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", grant.id());
        m.put("projectId", grant.projectId());
        m.put("userKey", grant.userKey());
        m.put("userName", grant.userKey() == null ? null : permissions.displayName(grant.userKey()));
        m.put("organizationId", grant.organizationId());
        return m;
    }
}
