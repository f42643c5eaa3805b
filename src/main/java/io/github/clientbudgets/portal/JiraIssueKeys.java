package io.github.clientbudgets.portal;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link IssueKeys} from Jira's IssueManager: one call per page of entries, not one per entry. */
public class JiraIssueKeys implements IssueKeys {
    private final IssueManager issueManager;

    public JiraIssueKeys(IssueManager issueManager) {
        this.issueManager = issueManager;
    }

    @Override
    public Map<Long, String> keys(Collection<Long> issueIds) {
        Map<Long, String> keys = new HashMap<>();
        if (issueIds.isEmpty()) {
            return keys;
        }
        List<Issue> issues = issueManager.getIssueObjects(List.copyOf(issueIds));
        if (issues != null) {
            for (Issue issue : issues) {
                if (issue != null) {
                    keys.put(issue.getId(), issue.getKey());
                }
            }
        }
        return keys;
    }
}
