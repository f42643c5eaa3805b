package io.github.clientbudgets.rest;

import io.github.clientbudgets.lineitem.LineItemService;
import io.github.clientbudgets.permission.Permissions;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.Map;

/** One service of a budget. */
@Path("/services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceResource {
    private final LineItemService lineItems;
    private final Permissions permissions;
    private final JsonMapper json;

    @Inject
    public ServiceResource(LineItemService lineItems, Permissions permissions, JsonMapper json) {
        this.lineItems = lineItems;
        this.permissions = permissions;
        this.json = json;
    }

    @PUT
    @Path("{id}")
    public Map<String, Object> update(@PathParam("id") long id, Map<String, Object> body) {
        String caller = Caller.require(permissions);
        return json.service(lineItems.update(caller, id, json.serviceInput(body)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        String caller = Caller.require(permissions);
        lineItems.delete(caller, id);
        return Response.noContent().build();
    }
}
