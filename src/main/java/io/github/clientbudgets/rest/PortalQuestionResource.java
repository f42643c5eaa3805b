package io.github.clientbudgets.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import io.github.clientbudgets.common.Ids;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.question.QuestionService;
import io.github.clientbudgets.rest.json.QuestionJson;
import io.github.clientbudgets.rest.json.QuestionJsonMapper;
import io.github.clientbudgets.rest.json.QuestionRequest;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * A client's questions on a budget's entries ({@code /portal/budgets/{id}/questions}). As the rest of the portal's
 * REST: {@code @UnrestrictedAccess} (portal-only customers are unlicensed), the caller checked first (anonymous 401),
 * then everything through the question service, which opens the budget through the portal's visibility rule (not
 * visible: 404, never 403). The POST is JSON, which Jira's XSRF check lets through only from the same origin.
 */
@Path("/portal/budgets/{budgetId}/questions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class PortalQuestionResource {
    private final QuestionService questions;
    private final Permissions permissions;
    private final QuestionJsonMapper json;

    @Inject
    public PortalQuestionResource(QuestionService questions, Permissions permissions, QuestionJsonMapper json) {
        this.questions = questions;
        this.permissions = permissions;
        this.json = json;
    }

    @GET
    public List<QuestionJson> mine(@PathParam("budgetId") String budgetId) {
        String caller = Caller.require(permissions);
        return questions.mine(caller, Ids.orNotFound(budgetId, Ids.BUDGET_DIGITS)).stream().map(json::forClient).toList();
    }

    /** 201 with the new question; 200 with the open one when the client asked about the entry already. */
    @POST
    public Response ask(@PathParam("budgetId") String budgetId, Map<String, Object> body) {
        String caller = Caller.require(permissions);
        long id = Ids.orNotFound(budgetId, Ids.BUDGET_DIGITS);
        QuestionRequest request = QuestionRequest.from(body);
        QuestionService.Asked asked = questions.ask(caller, id, request.entryId(), request.message());
        return Response.status(asked.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(json.forClient(asked.question())).build();
    }
}
