package io.github.clientbudgets.question;

import java.util.Optional;

/** Raises a question as a request in the service desk of the budget's project (in Jira: a JSM request). */
public interface QuestionRequests {
    /**
     * Raises the request on the client's behalf. @return the request's key; empty where the project is no service
     * desk, JSM is not installed, or JSM refused (the question is then kept by the app alone)
     */
    Optional<String> raise(Raised question);

    /**
     * What the request says: raised by {@code agentKey} (the budget's owner, an agent of the service desk) on behalf
     * of {@code clientKey}, in the project {@code projectId}.
     */
    record Raised(long projectId, String agentKey, String clientKey, String summary, String description) {
    }
}
