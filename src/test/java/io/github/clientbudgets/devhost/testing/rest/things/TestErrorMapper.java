package io.github.clientbudgets.devhost.testing.rest.things;

import io.github.clientbudgets.i18n.I18nText;

import javax.inject.Inject;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import java.util.Map;

/** An exception mapper as the plugin's {@code ErrorMapper}: a plugin bean through an {@code @Inject} constructor. */
@Provider
public class TestErrorMapper implements ExceptionMapper<TestDomainException> {
    private final I18nText text;

    @Inject
    public TestErrorMapper(I18nText text) {
        this.text = text;
    }

    @Override
    public Response toResponse(TestDomainException e) {
        return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("message", e.getMessage(), "label", text.get("client-budgets.sidebar.label"))).build();
    }
}
