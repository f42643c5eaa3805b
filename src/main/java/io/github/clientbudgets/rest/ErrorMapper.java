package io.github.clientbudgets.rest;

import io.github.clientbudgets.common.ConflictException;
import io.github.clientbudgets.common.ForbiddenException;
import io.github.clientbudgets.common.Message;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.i18n.I18nText;

import javax.inject.Inject;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Domain exceptions as the contract's answers: 400 {"errors":{field:message}}, 401, 403, 404, 409 (with the same
 * errors shape, so that a client shows the message next to the field). Messages come from the i18n bundle. Anything
 * unexpected is a 500 without details: stack traces stay in the log.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<RuntimeException> {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ErrorMapper.class);
    private final I18nText text;

    @Inject
    public ErrorMapper(I18nText text) {
        this.text = text;
    }

    @Override
    public Response toResponse(RuntimeException e) {
        if (e instanceof WebApplicationException web) {
            return http(web);
        }
        if (e instanceof ValidationException v) {
            Map<String, String> errors = new LinkedHashMap<>();
            v.errors().forEach((field, message) -> errors.put(field, text(message)));
            return json(Response.Status.BAD_REQUEST, Map.of("errors", errors));
        }
        if (e instanceof ConflictException c) {
            return json(Response.Status.CONFLICT, Map.of("errors", Map.of(c.field(), text(c.message()))));
        }
        if (e instanceof ForbiddenException f) {
            return json(Response.Status.FORBIDDEN, Map.of("message", text(f.message())));
        }
        if (e instanceof NotFoundException) {
            return json(Response.Status.NOT_FOUND, Map.of("message", text.get("client-budgets.error.notFound")));
        }
        if (e instanceof NotAuthenticatedException) {
            return json(Response.Status.UNAUTHORIZED, Map.of("message", text.get("client-budgets.error.login")));
        }
        LOG.error("Unexpected error in Client Budgets REST", e);
        return json(Response.Status.INTERNAL_SERVER_ERROR,
                Map.of("message", text.get("client-budgets.error.unexpected")));
    }

    /**
     * What JAX-RS itself refuses (wrong Content-Type 415, wrong method 405, no JSON answer 406, a path id that is no
     * number 404, ...) comes without a body: give it the app's JSON shape, keep the status. One that already carries
     * an entity is passed on.
     */
    private Response http(WebApplicationException web) {
        Response response = web.getResponse();
        if (response == null) {
            return json(Response.Status.BAD_REQUEST, Map.of("message", text.get("client-budgets.error.http.badRequest")));
        }
        if (response.hasEntity()) {
            return response;
        }
        String key = switch (response.getStatus()) {
            case 404 -> "client-budgets.error.notFound";
            case 405 -> "client-budgets.error.http.method";
            case 406 -> "client-budgets.error.http.notAcceptable";
            case 415 -> "client-budgets.error.http.mediaType";
            default -> response.getStatus() >= 500 ? "client-budgets.error.unexpected" : "client-budgets.error.http.badRequest";
        };
        if (response.getStatus() >= 500) {
            LOG.error("Unexpected error in Client Budgets REST", web);
        }
        Response.ResponseBuilder answer = Response.status(response.getStatus()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("message", text.get(key)));
        response.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> answer.header(name, v)); // e.g. Allow on a 405
            }
        });
        return answer.build();
    }

    private String text(Message message) {
        return text.format(message.key(), message.arguments());
    }

    private static Response json(Response.Status status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
