package io.github.clientbudgets.web.page;

/**
 * The web-resource context of each page (atlassian-plugin.xml, one {@code <web-resource>} per page with its own
 * {@code <context>}). A page requires its context through {@link PageRenderer}; Jira's decorator then writes the page's
 * CSS and scripts (with their dependencies, each once) into the head. Templates hold no resource URL.
 */
public final class PageContexts {
    public static final String PROJECT_BUDGETS = "clientbudgets.page.project-budgets";
    public static final String BUDGET = "clientbudgets.page.budget";
    public static final String APPROVALS = "clientbudgets.page.approvals";
    public static final String MY_TIME = "clientbudgets.page.my-time";
    public static final String ADMIN = "clientbudgets.page.admin";
    public static final String PORTAL = "clientbudgets.page.portal";

    private PageContexts() {
    }
}
