package io.github.clientbudgets.web.portal;

import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.github.clientbudgets.access.JsmPortals;
import io.github.clientbudgets.i18n.I18nText;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.portal.PortalService;
import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.web.page.ReaderFormats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Context of the Budgets panel in JSM's customer portal ({@code servicedesk.portal.subheader}): the budgets of the
 * portal's project the caller sees as a client, client-safe figures only (the same {@link PortalService} path as the
 * portal pages), and links to the full client portal. Without a caller or a project: an empty panel (the condition
 * has already kept it off the page).
 */
public class PortalPanelContextProvider implements ContextProvider {
    private final Permissions permissions;
    private final JsmPortals portals;
    private final PortalService portal;
    private final I18nText text;
    private final ApplicationProperties applicationProperties;
    private final ReaderFormats formats;

    public PortalPanelContextProvider(Permissions permissions, JsmPortals portals, PortalService portal, I18nText text,
                                      ApplicationProperties applicationProperties, ReaderFormats formats) {
        this.formats = formats;
        this.permissions = permissions;
        this.portals = portals;
        this.portal = portal;
        this.text = text;
        this.applicationProperties = applicationProperties;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        result.put("text", text);
        Optional<String> caller = permissions.currentUserKey();
        Optional<Long> project = caller.flatMap(c -> portals.projectOf(c, context.get("portal")));
        Formats shown = formats.current();
        List<PortalBudgetView> budgets = project.isEmpty() ? List.of()
                : portal.myBudgets(caller.get(), project.get()).stream().map(s -> new PortalBudgetView(s, shown)).toList();
        result.put("panel", new PortalHomePage(applicationProperties.getBaseUrl(UrlMode.RELATIVE), budgets));
        return result;
    }
}
