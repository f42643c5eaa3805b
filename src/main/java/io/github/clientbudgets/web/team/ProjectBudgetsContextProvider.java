package io.github.clientbudgets.web.team;

import com.atlassian.jira.project.Project;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.i18n.I18nText;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.web.page.PageContexts;
import io.github.clientbudgets.web.page.ReaderFormats;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Context of the project's Budgets page, a web-panel in the content area of Jira's project-centric view
 * ({@code /projects/KEY?selectedItem=<plugin key>:project-budgets-sidebar}), so the project sidebar stays. The view
 * gives the panel the {@code project} and {@code projectKey} (developer.atlassian.com/server/jira/platform/
 * developing-for-the-jira-project-centric-view/); the caller comes first: anonymous or not allowed to see the project's budgets → no {@code page}, and the template says only that
 * there is nothing to show. The panel requires its web-resource context ({@link PageContexts#PROJECT_BUDGETS}) while
 * Jira renders the project page, so its CSS and scripts come with the page.
 */
public class ProjectBudgetsContextProvider implements ContextProvider {
    private final Permissions permissions;
    private final BudgetPageModels models;
    private final I18nText text;
    private final ApplicationProperties applicationProperties;
    private final PageBuilderService pageBuilderService;
    private final ReaderFormats formats;

    public ProjectBudgetsContextProvider(Permissions permissions, BudgetPageModels models, I18nText text,
                                         ApplicationProperties applicationProperties,
                                         PageBuilderService pageBuilderService, ReaderFormats formats) {
        this.formats = formats;
        this.pageBuilderService = pageBuilderService;
        this.permissions = permissions;
        this.models = models;
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
        pageBuilderService.assembler().resources().requireContext(PageContexts.PROJECT_BUDGETS);
        Optional<String> caller = permissions.currentUserKey();
        String projectKey = context.get("project") instanceof Project p ? p.getKey()
                : context.get("projectKey") instanceof String key ? key : null;
        if (caller.isEmpty() || projectKey == null) {
            return result;
        }
        try {
            result.put("page", models.projectPage(caller.get(), projectKey, applicationProperties.getBaseUrl(UrlMode.RELATIVE),
                    formats.current()));
        } catch (NotFoundException e) {
            // not visible: the panel shows nothing of it
        }
        return result;
    }
}
