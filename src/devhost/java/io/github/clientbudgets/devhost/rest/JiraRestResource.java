package io.github.clientbudgets.devhost.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.issue.worklog.WorklogManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import io.github.clientbudgets.devhost.auth.CurrentUser;
import io.github.clientbudgets.devhost.jira.HostUser;
import io.github.clientbudgets.devhost.jira.HostWorklog;
import io.github.clientbudgets.devhost.jira.JiraServices;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of Jira's REST API v2 the dev host serves (worklogs, issues, {@code myself}), with Jira's shapes and permission checks:
 * worklogs need Browse Projects (else 404, as Jira hides the issue) and Work On Issues to be logged; editing and
 * deleting need the own/all worklog permissions. Every change goes through the host's {@link WorklogManager}, so
 * the plugin's listeners see Jira's events. Any authenticated user may ask {@code myself}, portal-only customers
 * included (the host's assumption: Jira's own annotation on it is unconfirmed; the plugin never calls it).
 */
@Path("/api/2")
@Produces(MediaType.APPLICATION_JSON)
public class JiraRestResource {
    static final String DATE_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";
    private final IssueManager issues;
    private final WorklogManager worklogs;
    private final PermissionManager permissions;
    private final UserManager users;
    @Context
    private UriInfo uriInfo;

    public JiraRestResource(IssueManager issues, WorklogManager worklogs, PermissionManager permissions,
                            UserManager users) {
        this.issues = issues;
        this.worklogs = worklogs;
        this.permissions = permissions;
        this.users = users;
    }

    @GET
    @Path("myself")
    @UnrestrictedAccess
    public Response myself() {
        HostUser user = CurrentUser.get();
        if (user == null || !user.isActive()) {
            return RestSecurityFeature.error(401, "Client must be authenticated to access this resource.");
        }
        Map<String, Object> json = user(user);
        json.put("emailAddress", user.getEmailAddress());
        json.put("timeZone", java.util.TimeZone.getDefault().getID());
        json.put("locale", "en_US");
        List<String> appRoles = user.applicationRole() == null ? List.of() : List.of(user.applicationRole());
        json.put("applicationRoles", Map.of("size", appRoles.size(), "items",
                appRoles.stream().map(r -> Map.of("key", r)).toList()));
        json.put("expand", "groups,applicationRoles");
        return Response.ok(json).build();
    }

    @GET
    @Path("issue/{issueKey}/worklog")
    public Response list(@PathParam("issueKey") String issueKey) {
        Issue issue = browsable(issueKey);
        if (issue == null) {
            return notFound();
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (Worklog w : worklogs.getByIssue(issue)) {
            list.add(worklog(w));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("startAt", 0);
        json.put("maxResults", list.size());
        json.put("total", list.size());
        json.put("worklogs", list);
        return Response.ok(json).build();
    }

    @POST
    @Path("issue/{issueKey}/worklog")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("issueKey") String issueKey, Map<String, Object> body) {
        Issue issue = browsable(issueKey);
        if (issue == null) {
            return notFound();
        }
        HostUser user = CurrentUser.get();
        if (!JiraServices.canLogWork(permissions, issue, user)) {
            return errors(403, "You do not have the permission to associate a worklog to this issue.");
        }
        Input input = Input.of(body);
        if (input.error != null) {
            return errors(400, input.error);
        }
        Worklog created = worklogs.create(user, HostWorklog.newWorklog(issue, user.getKey(), input.comment,
                input.started, input.seconds), null, true);
        return Response.status(201).entity(worklog(created)).build();
    }

    @PUT
    @Path("issue/{issueKey}/worklog/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("issueKey") String issueKey, @PathParam("id") long id, Map<String, Object> body) {
        Issue issue = browsable(issueKey);
        Worklog existing = worklogs.getById(id);
        if (issue == null || existing == null || !existing.getIssue().getId().equals(issue.getId())) {
            return notFound();
        }
        HostUser user = CurrentUser.get();
        if (!JiraServices.canEdit(permissions, existing, user)) {
            return errors(403, "You do not have the permission to edit this worklog.");
        }
        Input input = Input.merge(body, existing);
        if (input.error != null) {
            return errors(400, input.error);
        }
        Worklog updated = worklogs.update(user, ((HostWorklog) existing).withValues(user.getKey(), input.comment,
                input.started, input.seconds), null, true);
        return Response.ok(worklog(updated)).build();
    }

    @DELETE
    @Path("issue/{issueKey}/worklog/{id}")
    public Response delete(@PathParam("issueKey") String issueKey, @PathParam("id") long id) {
        Issue issue = browsable(issueKey);
        Worklog existing = worklogs.getById(id);
        if (issue == null || existing == null || !existing.getIssue().getId().equals(issue.getId())) {
            return notFound();
        }
        HostUser user = CurrentUser.get();
        if (!JiraServices.canDelete(permissions, existing, user)) {
            return errors(403, "You do not have the permission to delete this worklog.");
        }
        worklogs.delete(user, existing, null, true);
        return Response.noContent().build();
    }

    private Issue browsable(String key) {
        Issue issue = issues.getIssueObject(key);
        return issue != null && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, CurrentUser.get())
                ? issue : null;
    }

    private static Response notFound() {
        return errors(404, "Issue Does Not Exist");
    }

    static Response errors(int status, String message) {
        return Response.status(status).entity(Map.of("errorMessages", List.of(message), "errors", Map.of())).build();
    }

    private Map<String, Object> user(ApplicationUser user) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (user == null) {
            return json;
        }
        json.put("self", uriInfo.getBaseUriBuilder().path("api/2/user").queryParam("username", user.getUsername()).build().toString());
        json.put("name", user.getUsername());
        json.put("key", user.getKey());
        json.put("displayName", user.getDisplayName());
        json.put("active", user.isActive());
        return json;
    }

    private Map<String, Object> worklog(Worklog w) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("self", uriInfo.getBaseUriBuilder().path("api/2/issue/{id}/worklog/{wid}")
                .build(w.getIssue().getId(), w.getId()).toString());
        json.put("author", user(users.getUserByKey(w.getAuthorKey())));
        json.put("updateAuthor", user(users.getUserByKey(w.getUpdateAuthorKey())));
        json.put("comment", w.getComment() == null ? "" : w.getComment());
        json.put("created", format(w.getCreated()));
        json.put("updated", format(w.getUpdated()));
        json.put("started", format(w.getStartDate()));
        json.put("timeSpent", TimeSpent.format(w.getTimeSpent()));
        json.put("timeSpentSeconds", w.getTimeSpent());
        json.put("id", String.valueOf(w.getId()));
        json.put("issueId", String.valueOf(w.getIssue().getId()));
        return json;
    }

    static String format(Date date) {
        return date == null ? null : new SimpleDateFormat(DATE_FORMAT).format(date);
    }

    /** The fields of a worklog body: timeSpentSeconds or timeSpent ("1h 30m"), started, comment. */
    static final class Input {
        String comment;
        Date started;
        long seconds;
        String error;

        static Input of(Map<String, Object> body) {
            return merge(body, null);
        }

        static Input merge(Map<String, Object> body, Worklog existing) {
            Input in = new Input();
            Map<String, Object> b = body == null ? Map.of() : body;
            in.comment = b.containsKey("comment") ? String.valueOf(b.get("comment"))
                    : existing == null ? "" : existing.getComment();
            Object started = b.get("started");
            if (started != null) {
                try {
                    in.started = new SimpleDateFormat(DATE_FORMAT).parse(started.toString());
                } catch (ParseException e) {
                    in.error = "started: expected " + DATE_FORMAT + ", got " + started;
                    return in;
                }
            } else {
                in.started = existing == null ? new Date() : existing.getStartDate();
            }
            if (b.get("timeSpentSeconds") instanceof Number) {
                in.seconds = ((Number) b.get("timeSpentSeconds")).longValue();
            } else if (b.get("timeSpent") != null) {
                Long parsed = TimeSpent.parse(b.get("timeSpent").toString());
                in.seconds = parsed == null ? -1 : parsed;
            } else {
                in.seconds = existing == null ? -1 : existing.getTimeSpent();
            }
            if (in.seconds <= 0) {
                in.error = "timeLogged: You must indicate the time spent working.";
            }
            return in;
        }
    }

    /** Jira's duration format with its default time tracking settings: 1w = 5d, 1d = 8h. */
    public static final class TimeSpent {
        private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([wdhm])");

        private TimeSpent() {
        }

        public static String format(Long seconds) {
            if (seconds == null) {
                return null;
            }
            long minutes = seconds / 60;
            long[] sizes = {5 * 8 * 60, 8 * 60, 60, 1};
            String[] units = {"w", "d", "h", "m"};
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < sizes.length; i++) {
                long n = minutes / sizes[i];
                minutes %= sizes[i];
                if (n > 0) {
                    out.append(out.length() == 0 ? "" : " ").append(n).append(units[i]);
                }
            }
            return out.length() == 0 ? "0m" : out.toString();
        }

        /** Seconds of "1h 30m", "2d", "45m", "1.5h", or null when not a duration. */
        public static Long parse(String text) {
            String s = text.trim().toLowerCase(java.util.Locale.ROOT);
            if (s.matches("\\d+")) {
                return Long.parseLong(s) * 60;
            }
            Matcher m = PART.matcher(s);
            double minutes = 0;
            int end = 0;
            while (m.find()) {
                if (!s.substring(end, m.start()).isBlank()) {
                    return null;
                }
                double n = Double.parseDouble(m.group(1));
                minutes += n * switch (m.group(2)) {
                    case "w" -> 5 * 8 * 60;
                    case "d" -> 8 * 60;
                    case "h" -> 60;
                    default -> 1;
                };
                end = m.end();
            }
            return end == 0 || !s.substring(end).isBlank() ? null : Math.round(minutes * 60);
        }
    }
}
