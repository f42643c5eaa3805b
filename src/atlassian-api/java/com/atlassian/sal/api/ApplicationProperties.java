package com.atlassian.sal.api;

/**
 * Stand-in. Source: [C DEC sal-api-5.1.4] (@PublicApi): {@code String getBaseUrl(UrlMode mode)}.
 * Only what the code calls (the deprecated {@code getBaseUrl()} and {@code getDisplayName()} are left out).
 */
public interface ApplicationProperties {
    String getBaseUrl(UrlMode mode);
}
