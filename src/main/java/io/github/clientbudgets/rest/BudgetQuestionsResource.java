package io.github.clientbudgets.rest;

import io.github.clientbudgets.common.Ids;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.question.QuestionService;
import io.github.clientbudgets.rest.json.QuestionJson;
import io.github.clientbudgets.rest.json.QuestionJsonMapper;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.util.List;

/** A budget's questions for its team: {@code GET /budgets/{id}/questions} (whoever may see the budget). */
@Path("/budgets/{budgetId}/questions")
@Produces(MediaType.APPLICATION_JSON)
public class BudgetQuestionsResource {
    private final QuestionService questions;
    private final Permissions permissions;
    private final QuestionJsonMapper json;

    @Inject
    public BudgetQuestionsResource(QuestionService questions, Permissions permissions, QuestionJsonMapper json) {
        this.questions = questions;
        this.permissions = permissions;
        this.json = json;
    }

    @GET
    public List<QuestionJson> list(@PathParam("budgetId") String budgetId) {
        String caller = Caller.require(permissions);
        return questions.ofBudget(caller, Ids.orNotFound(budgetId, Ids.BUDGET_DIGITS)).stream().map(json::forTeam).toList();
    }
}
