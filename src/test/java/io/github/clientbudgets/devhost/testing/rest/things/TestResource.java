package io.github.clientbudgets.devhost.testing.rest.things;

import com.atlassian.annotations.security.XsrfProtectionExcluded;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.github.clientbudgets.i18n.I18nText;

import javax.inject.Inject;
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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A plugin REST resource for the dev host's tests: built by Jersey through its {@code @Inject} constructor from the
 * plugin's beans (a plugin bean and an imported SAL service), one method per access rule.
 */
@Path("/things")
@Produces(MediaType.APPLICATION_JSON)
public class TestResource {
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private final int instance = INSTANCES.incrementAndGet();
    private final I18nText text;
    private final UserManager users;
    @Context
    private HttpServletRequest request;

    @Inject
    public TestResource(I18nText text, UserManager users) {
        this.text = text;
        this.users = users;
    }

    private Map<String, Object> answer(String what) {
        UserKey user = users.getRemoteUserKey(request);
        return Map.of("what", what, "user", user == null ? "" : user.getStringValue(),
                "label", text.get("client-budgets.sidebar.label"), "instance", instance);
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

    @GET
    @Path("anonymous-site")
    @AnonymousSiteAccess
    public Map<String, Object> anonymousSite() {
        return answer("anonymous-site");
    }

    @GET
    @Path("licensed-only")
    @LicensedOnly
    public Map<String, Object> licensedOnly() {
        return answer("licensed-only");
    }

    /** Two access annotations on one method: the filter takes the most restrictive. */
    @GET
    @Path("both")
    @UnrestrictedAccess
    @AdminOnly
    public Map<String, Object> both() {
        return answer("both");
    }

    @GET
    @Path("domain-error")
    public Map<String, Object> domainError() {
        throw new TestDomainException("refused by the domain");
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
