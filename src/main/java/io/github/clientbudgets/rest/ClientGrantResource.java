package io.github.clientbudgets.rest;

import io.github.clientbudgets.access.ClientGrant;
import io.github.clientbudgets.access.ClientGrantService;
import io.github.clientbudgets.access.OrganizationPicker;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.rest.json.ClientGrantJson;
import io.github.clientbudgets.rest.json.FlagRequest;
import io.github.clientbudgets.rest.json.GrantJsonMapper;
import io.github.clientbudgets.rest.json.GrantRequest;
import io.github.clientbudgets.rest.json.GrantableUserJson;
import io.github.clientbudgets.rest.json.OrganizationsJson;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Client grants of a project: PMs only; the service checks who asks before anything else. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientGrantResource {
    private final ClientGrantService grants;
    private final Permissions permissions;
    private final GrantJsonMapper json;
    private final OrganizationPicker organizations;

    @Inject
    public ClientGrantResource(ClientGrantService grants, Permissions permissions, GrantJsonMapper json,
                               OrganizationPicker organizations) {
        this.grants = grants;
        this.permissions = permissions;
        this.json = json;
        this.organizations = organizations;
    }

    /**
     * The grant form's organization picker: {@code ?projectKey=&query=} → the project's JSM customer organizations
     * whose name contains the query (ignoring case, at most 20), or {@code jsmInstalled: false} without JSM.
     */
    @GET
    @Path("organizations")
    public OrganizationsJson searchOrganizations(@javax.ws.rs.QueryParam("projectKey") String projectKey,
                                                 @javax.ws.rs.QueryParam("query") String query) {
        String caller = Caller.require(permissions);
        return OrganizationsJson.of(organizations.search(caller, projectKey, query));
    }

    /** The grant form's user search: {@code ?q=} (name or e-mail, 2+ characters) → [{key, displayName, email}]. */
    @GET
    @Path("projects/{projectKey}/grantable-users")
    public List<GrantableUserJson> searchUsers(@PathParam("projectKey") String projectKey,
                                               @javax.ws.rs.QueryParam("q") String query) {
        String caller = Caller.require(permissions);
        return grants.searchUsers(caller, projectKey, query).stream().map(json::user).toList();
    }

    @GET
    @Path("projects/{projectKey}/client-grants")
    public List<ClientGrantJson> list(@PathParam("projectKey") String projectKey) {
        String caller = Caller.require(permissions);
        return grants.grants(caller, projectKey).stream().map(json::grant).toList();
    }

    @POST
    @Path("projects/{projectKey}/client-grants")
    public Response grant(@PathParam("projectKey") String projectKey, Map<String, Object> body) {
        String caller = Caller.require(permissions);
        GrantRequest request = GrantRequest.from(body);
        ClientGrant grant = grants.grant(caller, projectKey, request.userKey(), request.organizationId());
        return Response.status(Response.Status.CREATED).entity(json.grant(grant)).build();
    }

    /** Makes the grantee a Client Manager (may sign off months) or not: {@code {"enabled":true}}. */
    @PUT
    @Path("client-grants/{id}/client-manager")
    public ClientGrantJson clientManager(@PathParam("id") long id, Map<String, Object> body) {
        String caller = Caller.require(permissions);
        boolean enabled = FlagRequest.from(body, "enabled").value();
        return json.grant(grants.setClientManager(caller, id, enabled));
    }

    @DELETE
    @Path("client-grants/{id}")
    public Response revoke(@PathParam("id") long id) {
        String caller = Caller.require(permissions);
        grants.revoke(caller, id);
        return Response.noContent().build();
    }
}
