package com.atlassian.sal.api.auth;

import java.net.URI;

/** Stand-in. Source: [C DEC sal-api-5.1.4]. */
public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}
