package io.github.clientbudgets.digest;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Which digests went out: one row per budget, period and recipient, under a unique key, so that claiming one is an
 * insert that only one node, one run, one thread can win; the loser's insert fails on the key and he sends nothing.
 */
public class DigestLedger {
    private final ActiveObjects ao;

    public DigestLedger(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Whether the digest was sent already (a cheap look before composing one; the claim decides). */
    public boolean sent(long budgetId, String period, String userKey) {
        return ao.count(DigestSentEntity.class, Query.select().where(DigestSentEntity.SENT_KEY + " = ?",
                key(budgetId, period, userKey))) > 0;
    }

    /**
     * Records the digest as sent, in a transaction of its own: true if this call's row committed, false if one was
     * there (or committed first in another transaction).
     */
    public boolean claim(long budgetId, String period, String userKey) {
        try {
            ao.executeInTransaction(() -> ao.create(DigestSentEntity.class,
                    new DBParam(DigestSentEntity.BUDGET_ID, budgetId),
                    new DBParam(DigestSentEntity.PERIOD, period),
                    new DBParam(DigestSentEntity.USER_KEY, userKey),
                    new DBParam(DigestSentEntity.SENT_KEY, key(budgetId, period, userKey)),
                    new DBParam(DigestSentEntity.SENT_AT, System.currentTimeMillis())));
            return true;
        } catch (RuntimeException lost) {
            if (sent(budgetId, period, userKey)) {
                return false;
            }
            throw lost;
        }
    }

    static String key(long budgetId, String period, String userKey) {
        return budgetId + ":" + period + ":" + userKey;
    }
}
