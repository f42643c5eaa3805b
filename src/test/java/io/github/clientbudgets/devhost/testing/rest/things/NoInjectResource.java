package io.github.clientbudgets.devhost.testing.rest.things;

import io.github.clientbudgets.i18n.I18nText;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.util.Map;

/**
 * A resource as the plugin's were before REST v2: a constructor taking a plugin bean, without {@code @Inject}.
 * Spring could autowire it; Jersey cannot build it ("Could not find a suitable constructor"), so every request fails.
 */
@Path("/no-inject")
@Produces(MediaType.APPLICATION_JSON)
public class NoInjectResource {
    private final I18nText text;

    public NoInjectResource(I18nText text) {
        this.text = text;
    }

    @GET
    public Map<String, Object> get() {
        return Map.of("label", text.get("client-budgets.sidebar.label"));
    }
}
