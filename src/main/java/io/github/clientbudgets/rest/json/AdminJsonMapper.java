package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.admin.CheckResult;
import io.github.clientbudgets.rest.CustomerAdmission;
import io.github.clientbudgets.timeentry.ResyncStateEntity;
import io.github.clientbudgets.i18n.I18nText;

import java.time.Instant;
import java.util.List;

/** The admin endpoints' answers, in the admin's language. */
public class AdminJsonMapper {
    private final I18nText text;

    public AdminJsonMapper(I18nText text) {
        this.text = text;
    }

    public AdminJson.Checks checks(List<CheckResult> results) {
        return new AdminJson.Checks(results.stream().map(r -> new AdminJson.Check(r.getKey(), r.getOutcome(),
                text.get(r.getTitleKey()), text.get(r.getTextKey()), r.getSeen())).toList());
    }

    public AdminJson.Customer customer(CustomerAdmission.Result r) {
        return new AdminJson.Customer(r.username(), r.found(), r.active(), r.licensed(), r.portalPageAdmits(),
                r.portalRestAdmits(), r.budgets().stream().map(b -> new AdminJson.CustomerBudget(b.budgetId(), b.name()))
                .toList(), r.admitted());
    }

    /** 0 in the entity = not yet. */
    public AdminJson.ResyncState resync(ResyncStateEntity state) {
        return new AdminJson.ResyncState(state.getStatus(), state.getIssuesDone(), instant(state.getStartedAt()),
                instant(state.getFinishedAt()));
    }

    private static String instant(long epochMillis) {
        return epochMillis == 0 ? null : Instant.ofEpochMilli(epochMillis).toString();
    }
}
