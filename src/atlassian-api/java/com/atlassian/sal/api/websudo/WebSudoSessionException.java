package com.atlassian.sal.api.websudo;

/**
 * Stand-in. Source: [C DEC sal-api-5.1.4, {@code com/atlassian/sal/api/websudo/WebSudoSessionException.java}]:
 * unchecked (extends RuntimeException), with these three constructors.
 */
public class WebSudoSessionException extends RuntimeException {
    public WebSudoSessionException() {
        super();
    }

    public WebSudoSessionException(String message) {
        super(message);
    }

    public WebSudoSessionException(String message, Throwable cause) {
        super(message, cause);
    }
}
