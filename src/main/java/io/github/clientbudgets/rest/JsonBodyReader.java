package io.github.clientbudgets.rest;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;

/**
 * Reads every JSON request body of the app's resources ({@code Map<String, Object>} parameters) with {@link JsonBody},
 * never with the host's JSON provider: malformed, too deep (over {@value JsonBody#MAX_DEPTH} levels), too large or
 * not UTF-8 is a 400 {@code {"errors":{"body":...}}} through {@link ErrorMapper}, the same in Jira as on the dev host.
 * Being the closest reader for {@code Map}, JAX-RS prefers it to a generic {@code Object} one.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonBodyReader implements MessageBodyReader<Map<String, Object>> {
    @Inject
    public JsonBodyReader() {
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == Map.class;
    }

    @Override
    public Map<String, Object> readFrom(Class<Map<String, Object>> type, Type genericType, Annotation[] annotations,
                                        MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body)
            throws IOException {
        // one byte more than allowed tells "too large" without reading an endless body
        byte[] bytes = body.readNBytes(JsonBody.MAX_BYTES + 1);
        return JsonBody.parseObject(bytes);
    }
}
