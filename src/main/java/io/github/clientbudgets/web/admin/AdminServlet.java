package io.github.clientbudgets.web.admin;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import io.github.clientbudgets.admin.HealthCheck;
import io.github.clientbudgets.admin.InstallationCheck;
import io.github.clientbudgets.admin.RestProbe;
import io.github.clientbudgets.admin.ResyncStatus;
import io.github.clientbudgets.i18n.I18nText;
import io.github.clientbudgets.timeentry.Resync;
import io.github.clientbudgets.web.page.PageContexts;
import io.github.clientbudgets.web.page.PageRenderer;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The app's admin page (UPM's "Configure"): Jira admins only, and checked here too, not only by the platform; then
 * WebSudo, as every Jira admin page: an admin without a secure administrator session is asked for the password again.
 */
@AdminOnly
public class AdminServlet extends HttpServlet {
    private final UserManager userManager;
    private final HealthCheck healthCheck;
    private final PageRenderer pages;
    private final I18nText text;
    private final Resync resync;
    private final WebSudoManager webSudo;
    private final InstallationCheck installationCheck;

    public AdminServlet(UserManager userManager, HealthCheck healthCheck, PageRenderer pages, I18nText text, Resync resync,
                        WebSudoManager webSudo, InstallationCheck installationCheck) {
        this.userManager = userManager;
        this.installationCheck = installationCheck;
        this.webSudo = webSudo;
        this.healthCheck = healthCheck;
        this.pages = pages;
        this.text = text;
        this.resync = resync;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey user = userManager.getRemoteUserKey(request);
        if (user == null) {
            pages.redirectToLogin(request, response);
            return;
        }
        if (!userManager.isAdmin(user)) {
            pages.notFound(response);
            return;
        }
        try {
            webSudo.willExecuteWebSudoRequest(request);
        } catch (WebSudoSessionException e) {
            webSudo.enforceWebSudoProtection(request, response);
            return;
        }
        pages.render(response, "templates/admin/admin.vm", Map.of("health", healthCheck.run(), "text", text,
                "resync", ResyncStatus.of(resync.state()), "baseUrl", request.getContextPath(),
                "checks", installationCheck.run(), "probes", RestProbe.ALL), PageContexts.ADMIN);
    }
}
