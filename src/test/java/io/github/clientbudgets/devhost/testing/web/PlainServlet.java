package io.github.clientbudgets.devhost.testing.web;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A servlet without an access annotation: Platform 7 serves it to licensed users only. */
public class PlainServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("plain " + request.getServletPath() + " " + request.getPathInfo());
    }
}
