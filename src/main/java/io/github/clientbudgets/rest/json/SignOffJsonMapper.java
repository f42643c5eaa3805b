package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.common.Hours;
import io.github.clientbudgets.common.Money;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.signoff.SignOff;
import io.github.clientbudgets.signoff.SignOffService;

import java.util.List;

/** Sign-offs, the same for the client and the team (nothing in one is internal). */
public class SignOffJsonMapper {
    private final Permissions permissions;

    public SignOffJsonMapper(Permissions permissions) {
        this.permissions = permissions;
    }

    public SignOffJson signOff(SignOff s) {
        return new SignOffJson(s.id(), s.budgetId(), s.period().toString(), s.state().name(), s.signedBy(),
                permissions.displayName(s.signedBy()), s.signedAt().toString(), Hours.format(s.seconds()),
                Money.format(s.amount()), s.currency(), s.digest(),
                s.supersededAt() == null ? null : s.supersededAt().toString());
    }

    public SignOffMonthJson.Months months(boolean clientManager, List<SignOffService.Month> months) {
        return new SignOffMonthJson.Months(clientManager, months.stream().map(m -> new SignOffMonthJson(m.period().toString(),
                Hours.format(m.seconds()), Money.format(m.amount()), m.currency(), m.locked(), m.toInvoice(), m.mayBeSigned()
                && (m.signOff() == null || m.signOff().state() != io.github.clientbudgets.signoff.SignOffState.SIGNED),
                m.signOff() == null ? null : signOff(m.signOff()))).toList());
    }

    public List<SignOffJson> signOffs(List<SignOff> all) {
        return all.stream().map(this::signOff).toList();
    }
}
