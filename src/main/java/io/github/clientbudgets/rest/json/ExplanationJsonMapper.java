package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.access.ClientView;
import io.github.clientbudgets.portal.Explanation;
import io.github.clientbudgets.i18n.I18nText;

/** The access explainer's answer, in the caller's language. */
public class ExplanationJsonMapper {
    private final I18nText text;

    public ExplanationJsonMapper(I18nText text) {
        this.text = text;
    }

    public ExplanationJson explanation(Explanation e) {
        boolean visible = e.visible();
        return new ExplanationJson(e.userKey(), e.budgetId(), visible,
                e.conditions().stream().map(this::reason).toList(),
                e.conditions().stream().map(c -> new ExplanationJson.Condition(c.i18nKey(), c.met(), text.get(c.i18nKey())))
                        .toList(),
                visible ? e.approvedOnly() : null, visible ? e.personNames() : null, visible ? e.comments() : null);
    }

    private String reason(ClientView.Condition c) {
        return text.get(c.met() ? "client-budgets.access.met" : "client-budgets.access.unmet", text.get(c.i18nKey()));
    }
}
