package com.atlassian.templaterenderer;

/** Stand-in. Source: [C DEC template-renderer-api-5.0.4]: unchecked. */
public class RenderingException extends RuntimeException {
    public RenderingException(Throwable cause) {
        super(cause);
    }
}
