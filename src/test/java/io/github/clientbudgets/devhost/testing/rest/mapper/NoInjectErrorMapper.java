package io.github.clientbudgets.devhost.testing.rest.mapper;

import io.github.clientbudgets.i18n.I18nText;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/** The plugin's {@code ErrorMapper} as it was: a plugin bean in a constructor without {@code @Inject}. */
@Provider
public class NoInjectErrorMapper implements ExceptionMapper<IllegalStateException> {
    private final I18nText text;

    public NoInjectErrorMapper(I18nText text) {
        this.text = text;
    }

    @Override
    public Response toResponse(IllegalStateException e) {
        return Response.status(409).entity(text.get("client-budgets.sidebar.label")).build();
    }
}
