package io.github.clientbudgets.signoff;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.access.ClientManagers;
import io.github.clientbudgets.approval.PeriodLockStore;
import io.github.clientbudgets.audit.AuditAction;
import io.github.clientbudgets.audit.AuditSubject;
import io.github.clientbudgets.audit.AuditTrail;
import io.github.clientbudgets.audit.FieldChange;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.budget.TeamAccessPolicy;
import io.github.clientbudgets.common.AoSql;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.portal.Portal;
import io.github.clientbudgets.portal.PortalService;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Monthly sign-off. A Client Manager ({@link ClientManagers}) who sees a budget ({@link PortalService#open}) accepts
 * one of its months: the app records who, when and the month's {@link Statement} (canonical text and digest).
 * <p>
 * The rules: nothing to sign in a month without approved figures (400 {@code period}); a budget the caller doesn't
 * see, and one he sees without being a Client Manager of its project, is 404 (a client never gets 403); a month
 * already signed, whose figures are unchanged, answers that sign-off (the unique sign key makes two submits at once
 * one row). Superseding: the digest comparison is the guarantee. Whenever sign-offs are read or a month is signed,
 * each standing sign-off's statement is computed afresh from the approved figures; if its digest differs (an entry
 * approved, unapproved or re-approved, an expense's approval changed, a rate changed), the sign-off becomes
 * {@code SUPERSEDED} by one conditional update ({@code WHERE STATE = 'SIGNED'}), audited by whoever's update
 * changed the row, once, whatever the interleaving. Nothing is rewritten: the statement accepted stays as it was, and
 * the month waits for a new sign-off.
 */
public class SignOffService {
    private final ActiveObjects ao;
    private final PortalService portal;
    private final ClientManagers managers;
    private final BudgetStore budgets;
    private final TeamAccessPolicy team;
    private final PeriodLockStore locks;
    private final StatementQueries statements;
    private final AuditTrail audit;
    private final Clock clock;

    public SignOffService(ActiveObjects ao, PortalService portal, ClientManagers managers, BudgetStore budgets,
                          TeamAccessPolicy team, PeriodLockStore locks, StatementQueries statements, AuditTrail audit,
                          Clock clock) {
        this.ao = ao;
        this.portal = portal;
        this.managers = managers;
        this.budgets = budgets;
        this.team = team;
        this.locks = locks;
        this.statements = statements;
        this.audit = audit;
        this.clock = clock;
    }

    /** A sign-off and whether this request made it ({@code false}: the month's standing sign-off answers). */
    public record Signed(SignOff signOff, boolean created) {
    }

    /** One month of a budget as both sides see it: its current figures and its sign-off, if any. */
    public record Month(YearMonth period, long seconds, BigDecimal amount, String currency, boolean locked,
                       SignOff signOff, boolean mayBeSigned) {
        /** Signed and locked: the month's figures are final, the one to invoice. */
        public boolean toInvoice() {
            return locked && signOff != null && signOff.state() == SignOffState.SIGNED;
        }
    }

    public Signed sign(String caller, long budgetId, String period) {
        Portal opened = portal.open(caller, budgetId);
        Budget budget = opened.budget();
        if (!managers.isClientManager(caller, budget.projectId())) {
            throw new NotFoundException(); // sees the budget but may not sign: still never a 403 for a client
        }
        YearMonth month = month(period);
        Statement statement = statements.statement(budget, month);
        if (statement.isEmpty()) {
            throw ValidationException.of("period", "client-budgets.signoff.error.nothing");
        }
        Optional<SignOff> standing = reconcile(caller, budget, month);
        if (standing.isPresent() && standing.get().digest().equals(statement.digest())) {
            return new Signed(standing.get(), false);
        }
        try {
            SignOff created = ao.executeInTransaction(() -> {
                String text = statement.text();
                SignOffEntity row = ao.create(SignOffEntity.class,
                        new DBParam(SignOffEntity.SIGN_KEY, signKey(budget.id(), month)),
                        new DBParam(SignOffEntity.BUDGET_ID, budget.id()),
                        new DBParam(SignOffEntity.MONTH, yyyymm(month)),
                        new DBParam(SignOffEntity.STATE, SignOffState.SIGNED.name()),
                        new DBParam(SignOffEntity.SIGNED_BY, caller),
                        new DBParam(SignOffEntity.SIGNED_AT, clock.millis()),
                        new DBParam(SignOffEntity.SECONDS, statement.seconds()),
                        new DBParam(SignOffEntity.AMOUNT, statement.amount().toPlainString()),
                        new DBParam(SignOffEntity.CURRENCY, statement.currency()),
                        new DBParam(SignOffEntity.DIGEST, Statement.digest(text)),
                        new DBParam(SignOffEntity.STATEMENT, text));
                audit.record(caller, budget.id(), AuditSubject.SIGN_OFF, row.getID(), AuditAction.SIGNED,
                        List.of(new FieldChange("period", null, month.toString()),
                                new FieldChange("digest", null, Statement.digest(text))));
                return toSignOff(row);
            });
            return new Signed(created, true);
        } catch (RuntimeException duplicate) {
            // a parallel submit committed first (the unique sign key refused ours): its sign-off answers
            return standing(budget.id(), month).map(s -> new Signed(s, false)).orElseThrow(() -> duplicate);
        }
    }

    /** The sign-offs of a budget the caller sees as a client (newest month first), after superseding what changed. */
    public List<SignOff> forClient(String caller, long budgetId) {
        return signOffs(caller, portal.open(caller, budgetId).budget());
    }

    /** The same list for the team: whoever may see the budget in Jira. */
    public List<SignOff> forTeam(String caller, long budgetId) {
        return signOffs(caller, teamBudget(caller, budgetId));
    }

    /** The months of an opened budget with figures or a sign-off, newest first, for the portal's sign-off panel. */
    public List<Month> months(Portal opened, String caller) {
        boolean mayBeSigned = !opened.isPreview() && managers.isClientManager(caller, opened.budget().projectId());
        return months(caller, opened.budget(), mayBeSigned);
    }

    /** The same for the team's budget page (nothing to sign there). */
    public List<Month> monthsForTeam(String caller, long budgetId) {
        return months(caller, teamBudget(caller, budgetId), false);
    }

    /** Whether the caller could sign off months of an opened budget (a preview never can). */
    public boolean maySign(Portal opened, String caller) {
        return !opened.isPreview() && managers.isClientManager(caller, opened.budget().projectId());
    }

    /**
     * One sign-off for its printable statement: to the team who may see its budget, and to clients who see it
     * (what the portal shows); 404 for everyone else and for ids of nothing.
     */
    public Printable printable(String caller, long signOffId) {
        SignOffEntity row = signOffId <= 0 || signOffId > Integer.MAX_VALUE ? null : ao.get(SignOffEntity.class, (int) signOffId);
        if (row == null) {
            throw new NotFoundException();
        }
        Budget budget = budgets.budget(row.getBudgetId()).filter(b -> team.maySee(caller, b)).orElse(null);
        if (budget == null) {
            budget = portal.open(caller, row.getBudgetId()).budget();
        }
        reconcile(caller, budget, YearMonth.of(row.getPeriodMonth() / 100, row.getPeriodMonth() % 100));
        SignOff signOff = byId(row.getID()).orElseThrow(NotFoundException::new);
        return new Printable(budget, signOff, Statement.parse(signOff.statement(), budget.currency().getDefaultFractionDigits()));
    }

    /** A sign-off with its budget and the statement it accepted, read back from the stored text. */
    public record Printable(Budget budget, SignOff signOff, Statement statement) {
    }

    private List<Month> months(String caller, Budget budget, boolean mayBeSigned) {
        List<SignOff> all = signOffs(caller, budget);
        Map<YearMonth, SignOff> latest = new TreeMap<>();
        for (SignOff s : all) { // newest first: the first one of a month is its latest
            latest.putIfAbsent(s.period(), s);
        }
        Set<YearMonth> months = new TreeSet<>(statements.monthsWithFigures(budget));
        months.addAll(latest.keySet());
        Set<YearMonth> locked = new HashSet<>(locks.lockedMonths(budget.id()));
        List<Month> result = new ArrayList<>();
        for (YearMonth m : months) {
            Statement now = statements.statement(budget, m);
            result.add(new Month(m, now.seconds(), now.amount(), now.currency(), locked.contains(m), latest.get(m),
                    mayBeSigned && !now.isEmpty()));
        }
        java.util.Collections.reverse(result);
        return result;
    }

    private List<SignOff> signOffs(String caller, Budget budget) {
        Set<YearMonth> signed = new TreeSet<>();
        for (SignOffEntity row : rows(budget.id())) {
            if (SignOffState.SIGNED.name().equals(row.getState())) {
                signed.add(YearMonth.of(row.getPeriodMonth() / 100, row.getPeriodMonth() % 100));
            }
        }
        for (YearMonth m : signed) {
            reconcile(caller, budget, m);
        }
        return Arrays.stream(rows(budget.id())).map(SignOffService::toSignOff).toList();
    }

    /**
     * The month's standing sign-off, if it still matches the approved figures; if they changed, it is superseded
     * here (once, audited by the request whose update changed it) and the answer is empty.
     */
    Optional<SignOff> reconcile(String caller, Budget budget, YearMonth month) {
        Optional<SignOff> standing = standing(budget.id(), month);
        if (standing.isEmpty()) {
            return standing;
        }
        SignOff s = standing.get();
        String now = statements.statement(budget, month).digest();
        if (now.equals(s.digest())) {
            return standing;
        }
        ao.executeInTransaction(() -> {
            SignOffEntity row = ao.get(SignOffEntity.class, (int) s.id());
            AoSql q = AoSql.of(row);
            int changed = q.update("UPDATE " + q.table(SignOffEntity.class) + " SET " + q.col(SignOffEntity.STATE) + " = ?, "
                            + q.col(SignOffEntity.SIGN_KEY) + " = ?, " + q.col(SignOffEntity.SUPERSEDED_AT) + " = ? WHERE "
                            + q.col("ID") + " = ? AND " + q.col(SignOffEntity.STATE) + " = ?",
                    List.of(SignOffState.SUPERSEDED.name(), signKey(budget.id(), month) + ":superseded:" + s.id(),
                            clock.millis(), (int) s.id(), SignOffState.SIGNED.name()));
            if (changed == 1) {
                audit.record(caller, budget.id(), AuditSubject.SIGN_OFF, s.id(), AuditAction.SUPERSEDED,
                        List.of(new FieldChange("state", SignOffState.SIGNED.name(), SignOffState.SUPERSEDED.name()),
                                new FieldChange("digest", s.digest(), now)));
            }
            return null;
        });
        return Optional.empty();
    }

    private Budget teamBudget(String caller, long budgetId) {
        return budgets.budget(budgetId).filter(b -> team.maySee(caller, b)).orElseThrow(NotFoundException::new);
    }

    private Optional<SignOff> standing(long budgetId, YearMonth month) {
        SignOffEntity[] rows = ao.find(SignOffEntity.class, Query.select().where(SignOffEntity.SIGN_KEY + " = ?",
                signKey(budgetId, month)));
        return rows.length == 0 ? Optional.empty() : Optional.of(toSignOff(rows[0]));
    }

    private Optional<SignOff> byId(long id) {
        SignOffEntity[] rows = ao.find(SignOffEntity.class, Query.select().where("ID = ?", (int) id));
        return rows.length == 0 ? Optional.empty() : Optional.of(toSignOff(rows[0]));
    }

    /** Read afresh (found rows carry what conditional updates wrote), newest month first, newest sign-off first. */
    private SignOffEntity[] rows(long budgetId) {
        return ao.find(SignOffEntity.class, Query.select().where(SignOffEntity.BUDGET_ID + " = ?", budgetId)
                .order(SignOffEntity.MONTH + " DESC, ID DESC"));
    }

    static String signKey(long budgetId, YearMonth month) {
        return budgetId + ":" + yyyymm(month);
    }

    private static int yyyymm(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    /** {@code YYYY-MM}, a four-digit year from 1900 and a real month; anything else is 400 {@code period}. */
    public static YearMonth month(String text) {
        if (text == null || !text.matches("(19|[2-9]\\d)\\d{2}-(0[1-9]|1[0-2])")) {
            throw ValidationException.of("period", "client-budgets.signoff.error.period");
        }
        return YearMonth.parse(text);
    }

    private static SignOff toSignOff(SignOffEntity e) {
        return new SignOff(e.getID(), e.getBudgetId(), YearMonth.of(e.getPeriodMonth() / 100, e.getPeriodMonth() % 100),
                SignOffState.valueOf(e.getState()), e.getSignedBy(), Instant.ofEpochMilli(e.getSignedAt()), e.getSeconds(),
                new BigDecimal(e.getAmount()), e.getCurrency(), e.getDigest(), e.getStatement(),
                e.getSupersededAt() == null ? null : Instant.ofEpochMilli(e.getSupersededAt()));
    }
}
