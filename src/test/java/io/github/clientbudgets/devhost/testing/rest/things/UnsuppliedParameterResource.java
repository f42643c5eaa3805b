package io.github.clientbudgets.devhost.testing.rest.things;

import com.atlassian.jira.application.ApplicationRoleManager;
import io.github.clientbudgets.i18n.I18nText;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.util.Map;

/**
 * An {@code @Inject} constructor asking for a host service that the host has but the plugin's Spring XML does not
 * import ({@code ApplicationRoleManager} has no {@code <osgi:reference>}): Jira's REST module has nothing to inject.
 */
@Path("/unsupplied")
@Produces(MediaType.APPLICATION_JSON)
public class UnsuppliedParameterResource {
    private final I18nText text;
    private final ApplicationRoleManager roles;

    @Inject
    public UnsuppliedParameterResource(I18nText text, ApplicationRoleManager roles) {
        this.text = text;
        this.roles = roles;
    }

    @GET
    public Map<String, Object> get() {
        return Map.of("label", text.get("client-budgets.sidebar.label"), "roles", String.valueOf(roles));
    }
}
