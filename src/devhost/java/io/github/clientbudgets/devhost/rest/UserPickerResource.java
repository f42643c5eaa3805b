package io.github.clientbudgets.devhost.rest;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import io.github.clientbudgets.devhost.auth.CurrentUser;
import io.github.clientbudgets.devhost.jira.HostUser;
import io.github.clientbudgets.devhost.jira.JiraStore;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Jira's user picker REST, {@code GET /rest/api/2/user/picker?query=&maxResults=&showAvatar=&exclude=}, as Jira's
 * own code answers it (jira-rest-plugin {@code UserResource#findUsersForPicker} and
 * {@code UserPickerResourceHelperImpl}, core's {@code DefaultUserPickerSearchService} and {@code UserMatcherPredicate},
 * read in Jira's 6.3 source; the path, parameters and shape are those of Jira's REST docs up to 10.x):
 * <ul>
 * <li>Licensed users only (unannotated on the host: anonymous 401, portal-only customers 403; Jira's docs: "cannot
 * be accessed anonymously"; which annotation Jira 10 puts on it is unconfirmed, the host is the stricter).</li>
 * <li>With the global permission Browse users ({@code USER_PICKER}): the active users whose user name or e-mail
 * starts with the query, or whose display name or one of its words does (ignoring case); a blank query finds nobody.
 * Sorted by display name. Without it: only the user whose user name is the query, exactly (ignoring case).</li>
 * <li>{@code maxResults}: 50 when absent or negative, at most 1000; {@code exclude}: user names left out;
 * {@code total}: every match (the excluded included, as Jira counts); {@code header}: "Showing n of m matching
 * users". No {@code query} at all: 404 (Jira's key {@code rest.user.error.no.username.param}; its English text is
 * the host's guess).</li>
 * <li>{@code html}: display name, " - " e-mail, " (user name)", each HTML-escaped first and the query then marked with
 * {@code <strong>} at the start of a word, as Jira's {@code DelimeterInserter} does (a query is never inserted itself,
 * only the escaped text around it). {@code avatarUrl} only with {@code showAvatar=true}.</li>
 * </ul>
 * E-mail addresses are shown (Jira's default "User email visibility": public).
 */
@Path("/api/2/user")
@Produces(MediaType.APPLICATION_JSON)
public class UserPickerResource {
    private static final int DEFAULT_USERS_RETURNED = 50;
    private static final int MAX_USERS_RETURNED = 1000;
    private final JiraStore store;
    private final GlobalPermissionManager globalPermissions;
    @Context
    private UriInfo uriInfo;

    public UserPickerResource(JiraStore store, GlobalPermissionManager globalPermissions) {
        this.store = store;
        this.globalPermissions = globalPermissions;
    }

    @GET
    @Path("picker")
    public Response findUsersForPicker(@QueryParam("query") String query, @QueryParam("maxResults") Integer maxResults,
                                       @QueryParam("showAvatar") Boolean showAvatar,
                                       @QueryParam("exclude") List<String> exclude) {
        if (query == null) {
            return JiraRestResource.errors(404, "The username query parameter was not provided");
        }
        HostUser caller = CurrentUser.get();
        List<HostUser> users = new ArrayList<>();
        int limit;
        if (globalPermissions.hasPermission(GlobalPermissionKey.USER_PICKER, caller)) {
            String q = query.toLowerCase(Locale.ROOT).trim();
            if (!q.isEmpty()) {
                store.users().stream().filter(HostUser::isActive).filter(u -> matches(u, q))
                        .sorted(Comparator.comparing((HostUser u) -> u.getDisplayName().toLowerCase(Locale.ROOT))
                                .thenComparing(HostUser::getUsername))
                        .forEach(users::add);
            }
            limit = maxResults == null || maxResults < 0 ? DEFAULT_USERS_RETURNED : Math.min(MAX_USERS_RETURNED, maxResults);
        } else {
            store.userByName(query).ifPresent(users::add);
            limit = 1;
        }
        Set<String> excluded = exclude == null ? Set.of() : Set.copyOf(exclude);
        List<HostUser> page = users.stream().filter(u -> !excluded.contains(u.getUsername())).limit(limit).toList();
        List<Map<String, Object>> beans = new ArrayList<>();
        for (HostUser u : page) {
            Map<String, Object> bean = new LinkedHashMap<>();
            bean.put("name", u.getUsername());
            bean.put("key", u.getKey());
            bean.put("html", html(u, query));
            bean.put("displayName", u.getDisplayName());
            if (Boolean.TRUE.equals(showAvatar)) {
                bean.put("avatarUrl", uriInfo.getBaseUri().resolve("../secure/useravatar?size=small&ownerId="
                        + java.net.URLEncoder.encode(u.getUsername(), java.nio.charset.StandardCharsets.UTF_8)).toString());
            }
            beans.add(bean);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("users", beans);
        json.put("total", users.size());
        json.put("header", "Showing " + page.size() + " of " + users.size() + " matching users");
        return Response.ok(json).header("Cache-Control", "no-cache, no-store, no-transform").build();
    }

    /** Jira's {@code UserMatcherPredicate}: user name, e-mail, display name or a word of it starts with the query. */
    static boolean matches(HostUser user, String lowerQuery) {
        if (startsWith(user.getUsername(), lowerQuery) || startsWith(user.getEmailAddress(), lowerQuery)) {
            return true;
        }
        String name = user.getDisplayName();
        if (name == null) {
            return false;
        }
        for (String word : name.split(" ")) {
            if (startsWith(word, lowerQuery)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(String part, String lowerQuery) {
        return part != null && !part.isBlank() && part.toLowerCase(Locale.ROOT).startsWith(lowerQuery);
    }

    /** "Display Name - e-mail (username)": every part escaped, then the query marked where a word starts. */
    static String html(HostUser user, String query) {
        StringBuilder html = new StringBuilder(mark(escape(user.getDisplayName()), query));
        if (user.getEmailAddress() != null) {
            html.append(" - ").append(mark(escape(user.getEmailAddress()), query));
        }
        return html.append(" (").append(mark(escape(user.getUsername()), query)).append(")").toString();
    }

    /** Jira's DelimeterInserter in its prefix mode, ignoring case: {@code <strong>} around each match at a word start. */
    static String mark(String text, String query) {
        String term = query == null ? "" : query.toLowerCase(Locale.ROOT);
        if (term.isBlank()) {
            return text;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        int index = 0;
        int from = 0;
        while (true) {
            int start = lower.indexOf(term, from);
            if (start < 0) {
                break;
            }
            from = start + term.length();
            if (start == 0 || Character.isWhitespace(text.charAt(start - 1))) {
                out.append(text, index, start).append("<strong>").append(text, start, from).append("</strong>");
                index = from;
            }
        }
        return out.append(text.substring(index)).toString();
    }

    /** As Jira's {@code TextUtils.htmlEncode}: {@code & < > "} as entities (and {@code '}, to be safe). */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
