package io.github.clientbudgets.rest;

import io.github.clientbudgets.common.Ids;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.question.QuestionService;
import io.github.clientbudgets.rest.json.AnswerRequest;
import io.github.clientbudgets.rest.json.QuestionJson;
import io.github.clientbudgets.rest.json.QuestionJsonMapper;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.util.Map;

/**
 * The team closes a question: {@code POST /questions/{id}/confirm} or {@code /correct} with {@code {"answer"}}
 * (approvers of the question's budget; unannotated: licensed users only).
 */
@Path("/questions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuestionResource {
    private final QuestionService questions;
    private final Permissions permissions;
    private final QuestionJsonMapper json;

    @Inject
    public QuestionResource(QuestionService questions, Permissions permissions, QuestionJsonMapper json) {
        this.questions = questions;
        this.permissions = permissions;
        this.json = json;
    }

    @POST
    @Path("{id}/confirm")
    public QuestionJson confirm(@PathParam("id") String id, Map<String, Object> body) {
        String caller = Caller.require(permissions);
        long questionId = Ids.orNotFound(id, Ids.MAX_DIGITS);
        return json.forTeam(questions.confirm(caller, questionId, AnswerRequest.from(body).answer()));
    }

    @POST
    @Path("{id}/correct")
    public QuestionJson correct(@PathParam("id") String id, Map<String, Object> body) {
        String caller = Caller.require(permissions);
        long questionId = Ids.orNotFound(id, Ids.MAX_DIGITS);
        return json.forTeam(questions.correct(caller, questionId, AnswerRequest.from(body).answer()));
    }
}
