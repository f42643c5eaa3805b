package io.github.clientbudgets.devhost.rest;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Requests the server refuses before any servlet sees them (a {@code %00} or an ambiguous segment in the path, a bad
 * header): the same status as before (Tomcat in front of Jira refuses them too), with the platform's JSON status
 * ({@code {"message","status-code"}}) instead of Jetty's HTML. Nothing is admitted that was refused: only the body's
 * shape changes, so a REST client meets JSON on every answer of the host.
 * <p>The Jira 11 line's copy for Jetty 12 (src/devhost has the Jetty 10 one): the Jetty classes are the only host code
 * kept per line.
 */
public final class BadMessageErrors extends ErrorHandler {
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
        String message = reason == null || reason.isBlank() ? "Bad Request" : reason.replaceAll("[^A-Za-z0-9 .,:-]", "?");
        return ByteBuffer.wrap(("{\"message\":\"" + message + "\",\"status-code\":" + status + "}")
                .getBytes(StandardCharsets.UTF_8));
    }
}
