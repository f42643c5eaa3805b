package io.github.clientbudgets.devhost.testing.web;

import com.atlassian.annotations.security.UnrestrictedAccess;
import com.atlassian.templaterenderer.TemplateRenderer;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** A plugin page for the dev host's tests: a decorated Velocity page that requires a web resource. */
@UnrestrictedAccess
public class TestPageServlet extends HttpServlet {
    private final TemplateRenderer renderer;

    public TestPageServlet(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        renderer.render("devhost-test/page.vm", Map.of("who", String.valueOf(request.getPathInfo())), response.getWriter());
    }
}
