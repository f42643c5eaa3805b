package io.github.clientbudgets.devhost.testing.rest;

import com.atlassian.annotations.security.XsrfProtectionExcluded;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.github.clientbudgets.web.Text;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.FormParam;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import java.util.Map;

/** A plugin REST resource for the dev host's tests: autowired from the plugin's context, one method per access rule. */
@Path("/things")
@Produces(MediaType.APPLICATION_JSON)
public class TestResource {
    private final Text text;
    private final UserManager users;
    @Context
    private HttpServletRequest request;

    public TestResource(Text text, UserManager users) {
        this.text = text;
        this.users = users;
    }

    private Map<String, Object> answer(String what) {
        UserKey user = users.getRemoteUserKey(request);
        return Map.of("what", what, "user", user == null ? "" : user.getStringValue(),
                "label", text.get("client-budgets.sidebar.label"));
    }

    @GET
    public Map<String, Object> licensed() {
        return answer("licensed");
    }

    @GET
    @Path("unlicensed")
    @UnlicensedSiteAccess
    public Map<String, Object> unlicensed() {
        return answer("unlicensed");
    }

    @GET
    @Path("anyone")
    @UnrestrictedAccess
    public Map<String, Object> anyone() {
        return answer("anyone");
    }

    @GET
    @Path("admin")
    @AdminOnly
    public Map<String, Object> admin() {
        return answer("admin");
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> create(Map<String, Object> body) {
        return Map.of("created", body.get("name"));
    }

    @POST
    @Path("form")
    @XsrfProtectionExcluded
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Map<String, Object> form(@FormParam("name") String name) {
        return Map.of("created", name);
    }
}
