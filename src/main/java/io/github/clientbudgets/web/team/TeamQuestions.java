package io.github.clientbudgets.web.team;

import java.util.List;
import java.util.Set;

/**
 * The client questions a team page shows: the list (with confirm and correct actions where the caller may close
 * them) and which of the page's entries are questioned (an open question on them).
 */
public final class TeamQuestions {
    private final List<TeamQuestionView> list;
    private final Set<Long> questioned;

    TeamQuestions(List<TeamQuestionView> list, Set<Long> questioned) {
        this.list = list;
        this.questioned = questioned;
    }

    static TeamQuestions none() {
        return new TeamQuestions(List.of(), Set.of());
    }

    public List<TeamQuestionView> getList() {
        return list;
    }

    public boolean isHasList() {
        return !list.isEmpty();
    }

    /** Whether a client has an open question on the entry. */
    public boolean isQuestioned(long entryId) {
        return questioned.contains(entryId);
    }
}
