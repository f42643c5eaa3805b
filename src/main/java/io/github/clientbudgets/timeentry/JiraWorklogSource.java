package io.github.clientbudgets.timeentry;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.issue.worklog.WorklogManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import org.ofbiz.core.entity.GenericEntityException;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** {@link WorklogSource} over Jira's managers (confirmed API: project list, issue ids per project, worklogs per issue). */
public class JiraWorklogSource implements WorklogSource {
    private final ProjectManager projects;
    private final IssueManager issues;
    private final WorklogManager worklogs;
    private final ZoneId zone = ZoneId.systemDefault();

    public JiraWorklogSource(ProjectManager projects, IssueManager issues, WorklogManager worklogs) {
        this.projects = projects;
        this.issues = issues;
        this.worklogs = worklogs;
    }

    @Override
    public List<Long> projectIds() {
        return projects.getProjectObjects().stream().map(Project::getId).sorted().toList();
    }

    @Override
    public List<Long> issueIds(long projectId) {
        try {
            return new ArrayList<>(issues.getIssueIdsForProject(projectId)).stream().sorted().toList();
        } catch (GenericEntityException e) {
            throw new IllegalStateException("Jira could not list the issues of project " + projectId, e);
        }
    }

    @Override
    public List<WorklogState> worklogsOf(long issueId) {
        Issue issue = issues.getIssueObject(issueId);
        if (issue == null) {
            return List.of();
        }
        List<WorklogState> result = new ArrayList<>();
        for (Worklog worklog : worklogs.getByIssue(issue)) {
            result.add(WorklogEventListener.state(worklog, zone));
        }
        return result;
    }
}
