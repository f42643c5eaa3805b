package io.github.clientbudgets.question;

import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.servicedesk.api.ServiceDesk;
import com.atlassian.servicedesk.api.ServiceDeskService;
import com.atlassian.servicedesk.api.field.FieldId;
import com.atlassian.servicedesk.api.field.FieldInputValue;
import com.atlassian.servicedesk.api.request.CustomerRequest;
import com.atlassian.servicedesk.api.request.ServiceDeskCustomerRequestService;
import com.atlassian.servicedesk.api.requesttype.RequestType;
import com.atlassian.servicedesk.api.requesttype.RequestTypeService;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;
import com.atlassian.servicedesk.api.util.paging.SimplePagedRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * {@link QuestionRequests} through JSM's own Java API: the project's service desk ({@code ServiceDeskService
 * #getServiceDeskForProject}), its first request type ({@code RequestTypeService#getRequestTypes} narrowed to the
 * service desk, one result), and {@code ServiceDeskCustomerRequestService#createCustomerRequest} with the summary
 * and description fields, raised by the budget's owner on behalf of the client ({@code raiseOnBehalfOf} takes the
 * client's user name; JSM lets an agent do so for a customer of the service desk). The request's key is its issue's.
 * <p>
 * JSM is optional (its packages are imported {@code resolution:=optional}): only the nested {@link Jsm} class names a
 * JSM type, and JSM's services are looked up when asked ({@code ComponentAccessor.getOSGiComponentInstanceOfType}).
 * No JSM, no service desk, no request type, an owner who is no agent or a client who is no customer: JSM refuses
 * (an exception), nothing is raised, and the question is kept by the app.
 */
public class JsmQuestionRequests implements QuestionRequests {
    private static final Logger LOG = LoggerFactory.getLogger(JsmQuestionRequests.class);
    private final UserManager users;
    private final ProjectManager projects;

    public JsmQuestionRequests(UserManager users, ProjectManager projects) {
        this.users = users;
        this.projects = projects;
    }

    @Override
    public Optional<String> raise(Raised question) {
        ApplicationUser agent = question.agentKey() == null ? null : users.getUserByKey(question.agentKey());
        ApplicationUser client = question.clientKey() == null ? null : users.getUserByKey(question.clientKey());
        Project project = projects.getProjectObj(question.projectId());
        if (agent == null || client == null || project == null) {
            return Optional.empty();
        }
        try {
            return Jsm.raise(agent, client, project, question);
        } catch (LinkageError noJsm) {
            return Optional.empty();
        } catch (RuntimeException refused) {
            LOG.info("no JSM request for a question in {}: {}", project.getKey(), refused.toString());
            return Optional.empty();
        }
    }

    /** Everything that names a JSM class: loaded only when first used, which needs JSM's classes. */
    private static final class Jsm {
        static Optional<String> raise(ApplicationUser agent, ApplicationUser client, Project project, Raised question) {
            ServiceDeskService desks = ComponentAccessor.getOSGiComponentInstanceOfType(ServiceDeskService.class);
            RequestTypeService types = ComponentAccessor.getOSGiComponentInstanceOfType(RequestTypeService.class);
            ServiceDeskCustomerRequestService requests =
                    ComponentAccessor.getOSGiComponentInstanceOfType(ServiceDeskCustomerRequestService.class);
            if (desks == null || types == null || requests == null) {
                return Optional.empty();
            }
            ServiceDesk desk = desks.getServiceDeskForProject(agent, project); // refuses a project that is none
            PagedResponse<RequestType> found = types.getRequestTypes(agent, types.newQueryBuilder()
                    .serviceDesk(desk.getId()).pagedRequest(SimplePagedRequest.paged(0, 1)).build());
            if (found.getResults().isEmpty()) {
                return Optional.empty();
            }
            CustomerRequest created = requests.createCustomerRequest(agent, requests.newCreateBuilder()
                    .serviceDesk(desk)
                    .requestType(found.getResults().get(0))
                    .fieldValue(FieldId.withId("summary"), FieldInputValue.withValue(question.summary()))
                    .fieldValue(FieldId.withId("description"), FieldInputValue.withValue(question.description()))
                    .raiseOnBehalfOf(client.getUsername())
                    .build());
            return created == null || created.getIssue() == null ? Optional.empty()
                    : Optional.ofNullable(created.getIssue().getKey());
        }
    }
}
