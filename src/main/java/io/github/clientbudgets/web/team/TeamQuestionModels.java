package io.github.clientbudgets.web.team;

import io.github.clientbudgets.approval.ApprovalService;
import io.github.clientbudgets.common.AppUrls;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.i18n.I18nText;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.question.Question;
import io.github.clientbudgets.question.QuestionService;
import io.github.clientbudgets.timeentry.TimeEntry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The client questions of the budget page (all of the budget's) and of the Approvals page (the open ones on its entries). */
public class TeamQuestionModels {
    private final QuestionService questions;
    private final ApprovalService approvals;
    private final Permissions permissions;

    public TeamQuestionModels(QuestionService questions, ApprovalService approvals, Permissions permissions) {
        this.questions = questions;
        this.approvals = approvals;
        this.permissions = permissions;
    }

    /** A budget's questions, newest first; the caller sees the budget (else the page is 404 already). */
    public TeamQuestions ofBudget(String caller, long budgetId, String budgetName, String baseUrl,
                                  I18nText texts, Formats formats) {
        List<Question> all;
        try {
            all = questions.ofBudget(caller, budgetId);
        } catch (NotFoundException e) {
            return TeamQuestions.none();
        }
        boolean mayClose = approvals.mayApprove(caller, budgetId);
        Map<Long, String> entries = entryTexts(caller, budgetId, all.stream().map(Question::entryId).toList(), texts, formats);
        Map<String, String> names = new HashMap<>();
        List<TeamQuestionView> list = new ArrayList<>();
        for (Question q : all) {
            list.add(new TeamQuestionView(q, budgetName, AppUrls.budget(baseUrl, budgetId),
                    names.computeIfAbsent(q.clientKey(), permissions::displayName), entries.getOrDefault(q.entryId(), ""),
                    q.answeredBy() == null ? null : names.computeIfAbsent(q.answeredBy(), permissions::displayName),
                    mayClose, formats));
        }
        Set<Long> open = all.stream().filter(Question::open).map(Question::entryId).collect(Collectors.toSet());
        return new TeamQuestions(list, open);
    }

    /** Which of these entries (the Approvals page's) a client has an open question on. */
    public TeamQuestions marks(Collection<Long> entryIds) {
        return new TeamQuestions(List.of(), new HashSet<>(questions.openOn(entryIds).keySet()));
    }

    private Map<Long, String> entryTexts(String caller, long budgetId, List<Long> entryIds,
                                         I18nText texts, Formats formats) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        List<TimeEntry> found = approvals.entriesOfBudget(caller, budgetId, entryIds);
        Map<Long, String> keys = permissions.issueKeys(found.stream().map(TimeEntry::issueId).collect(Collectors.toSet()));
        Map<Long, String> texts1 = new HashMap<>();
        for (TimeEntry e : found) {
            String key = keys.get(e.issueId());
            texts1.put(e.id(), texts.format("client-budgets.question.entry", formats.date(e.workDay()),
                    formats.hours(e.seconds()), key == null ? "" : key));
        }
        return texts1;
    }
}
