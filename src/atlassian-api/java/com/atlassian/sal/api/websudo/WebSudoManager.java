package com.atlassian.sal.api.websudo;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Stand-in. Source: [C DEC sal-api-5.1.4,
 * {@code com/atlassian/sal/api/websudo/WebSudoManager.java}]. {@code javax.servlet} on Jira 10 (Platform 7).
 */
public interface WebSudoManager {
    boolean canExecuteRequest(HttpServletRequest request);

    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);

    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;
}
