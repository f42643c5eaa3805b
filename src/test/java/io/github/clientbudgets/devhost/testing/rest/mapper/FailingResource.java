package io.github.clientbudgets.devhost.testing.rest.mapper;

import javax.ws.rs.GET;
import javax.ws.rs.Path;

/** Throws the error {@link NoInjectErrorMapper} would map. */
@Path("/failing")
public class FailingResource {
    @GET
    public String get() {
        throw new IllegalStateException("a domain error");
    }
}
