package io.github.clientbudgets.rest;

import io.github.clientbudgets.common.Ids;
import io.github.clientbudgets.common.NotFoundException;

import javax.inject.Inject;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;

/**
 * Ids in paths ({@code {id}}, {@code {budgetId}}) are {@link Ids}, ASCII digits, 1 to 18 of them, or they name nothing: 404 with
 * the JSON message, before any resource method runs. JAX-RS converts a {@code long} path parameter with
 * {@code Long.valueOf}, which also reads other scripts' digits ("١" or the full-width "１" are 1): without this check
 * {@code DELETE /services/%D9%A1} deleted service 1. Runs at the default (user) priority, after authentication.
 */
@Provider
public class PathIdFilter implements ContainerRequestFilter {
    private static final Set<String> ID_PARAMETERS = Set.of("id", "budgetId");

    @Inject
    public PathIdFilter() {
    }

    @Override
    public void filter(ContainerRequestContext request) {
        var parameters = request.getUriInfo().getPathParameters(true);
        for (String name : ID_PARAMETERS) {
            List<String> values = parameters.get(name);
            if (values != null && values.stream().anyMatch(v -> Ids.parse(v, Ids.MAX_DIGITS).isEmpty())) {
                throw new NotFoundException();
            }
        }
    }
}
