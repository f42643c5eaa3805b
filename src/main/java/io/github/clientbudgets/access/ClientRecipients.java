package io.github.clientbudgets.access;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.budget.BudgetEntity;
import io.github.clientbudgets.permission.Permissions;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who receives a budget's client mails (the digest, client alerts): the users holding a client grant on the
 * budget's project and the members of the JSM organizations granted there, each kept only if
 * {@link ClientVisibilityPolicy} lets him see the budget (so nobody is mailed a budget whose Client Access is off,
 * that is deleted, or that he could not open in the portal), who has an e-mail address, and who has not unsubscribed
 * from the budget. An organization member counts as granted only if JSM also answers the membership question the
 * portal asks ({@link CustomerOrganizations}), so the recipients are exactly the portal's readers. The members of an
 * organization are listed as the budget's owner, an agent of the service desk.
 */
public class ClientRecipients {
    private final ActiveObjects ao;
    private final Permissions permissions;
    private final CustomerOrganizations memberships;
    private final OrganizationMembers members;

    public ClientRecipients(ActiveObjects ao, Permissions permissions, CustomerOrganizations memberships,
                            OrganizationMembers members) {
        this.ao = ao;
        this.permissions = permissions;
        this.memberships = memberships;
        this.members = members;
    }

    /** One recipient: his key, display name and e-mail address. */
    public record Recipient(String userKey, String displayName, String emailAddress) {
    }

    /** The budget's client recipients, by user key; none for a budget that does not exist. */
    public List<Recipient> of(long budgetId) {
        Optional<BudgetEntity> found = budget(budgetId);
        if (found.isEmpty()) {
            return List.of();
        }
        BudgetEntity budget = found.get();
        // if even a granted client would not see it (Client Access off, deleted), nobody is asked about
        if (!ClientVisibilityPolicy.decide(facts(budget, true)).visible()) {
            return List.of();
        }
        Set<String> direct = new HashSet<>();
        List<Integer> organizations = new ArrayList<>();
        for (ClientGrantEntity grant : ao.find(ClientGrantEntity.class, Query.select()
                .where(ClientGrantEntity.PROJECT_ID + " = ?", budget.getProjectId()).order("ID"))) {
            if (grant.getUserKey() != null) {
                direct.add(grant.getUserKey());
            } else if (grant.getOrganizationId() != null) {
                organizations.add(grant.getOrganizationId());
            }
        }
        Set<String> candidates = new TreeSet<>(direct);
        for (int organization : organizations) {
            candidates.addAll(members.memberKeys(budget.getOwnerKey(), organization));
        }
        Set<String> unsubscribed = unsubscribed(budgetId);
        List<Recipient> recipients = new ArrayList<>();
        for (String userKey : candidates) {
            if (userKey == null || unsubscribed.contains(userKey)) {
                continue;
            }
            boolean granted = direct.contains(userKey)
                    || !organizations.isEmpty() && !memberships.memberships(userKey, organizations).isEmpty();
            if (!ClientVisibilityPolicy.decide(facts(budget, granted)).visible()) {
                continue;
            }
            permissions.emailAddress(userKey).filter(a -> !a.isBlank()).ifPresent(address ->
                    recipients.add(new Recipient(userKey, permissions.displayName(userKey), address)));
        }
        return recipients;
    }

    /** Whether the user has unsubscribed from the budget's client mails. */
    public boolean unsubscribed(String userKey, long budgetId) {
        return userKey != null && ao.count(ClientUnsubscribeEntity.class, Query.select().where(
                ClientUnsubscribeEntity.UNSUB_KEY + " = ?", key(budgetId, userKey))) > 0;
    }

    /**
     * Unsubscribes the user from the budget's client mails; harmless when he already is (also when two requests do it
     * at once: the unique key keeps one row and the loser finds it).
     *
     * @return true if this call unsubscribed him, false if he already was
     */
    public boolean unsubscribe(String userKey, long budgetId) {
        if (unsubscribed(userKey, budgetId)) {
            return false;
        }
        try {
            ao.executeInTransaction(() -> ao.create(ClientUnsubscribeEntity.class,
                    new DBParam(ClientUnsubscribeEntity.BUDGET_ID, budgetId),
                    new DBParam(ClientUnsubscribeEntity.USER_KEY, userKey),
                    new DBParam(ClientUnsubscribeEntity.UNSUB_KEY, key(budgetId, userKey)),
                    new DBParam(ClientUnsubscribeEntity.CREATED_AT, System.currentTimeMillis())));
            return true;
        } catch (RuntimeException duplicate) {
            if (unsubscribed(userKey, budgetId)) {
                return false; // a parallel request committed first
            }
            throw duplicate;
        }
    }

    private Set<String> unsubscribed(long budgetId) {
        Set<String> keys = new HashSet<>();
        for (ClientUnsubscribeEntity row : ao.find(ClientUnsubscribeEntity.class, Query.select()
                .where(ClientUnsubscribeEntity.BUDGET_ID + " = ?", budgetId))) {
            keys.add(row.getUserKey());
        }
        return keys;
    }

    private Optional<BudgetEntity> budget(long budgetId) {
        if (budgetId <= 0 || budgetId > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.ofNullable(ao.get(BudgetEntity.class, (int) budgetId));
    }

    private static ClientAccessFacts facts(BudgetEntity budget, boolean granted) {
        return new ClientAccessFacts(true, budget.isDeleted(), budget.isClientAccess(), granted,
                budget.isApprovalRequired(), budget.isShowPersonNames(), budget.isShowComments());
    }

    private static String key(long budgetId, String userKey) {
        return budgetId + ":" + userKey;
    }
}
