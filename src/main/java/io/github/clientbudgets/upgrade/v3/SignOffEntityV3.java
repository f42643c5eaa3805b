package io.github.clientbudgets.upgrade.v3;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * {@code SignOffEntity} as it was at model version 3, frozen: upgrade tasks migrate with this copy, never with the
 * live entity, so a later change of the live one cannot change what this version's task does. Never edit.
 */
@Preload
@Table("SIGN_OFF")
public interface SignOffEntityV3 extends Entity {
    String SIGN_KEY = "SIGN_KEY";
    String BUDGET_ID = "BUDGET_ID";
    String MONTH = "PERIOD_MONTH";
    String STATE = "STATE";
    String SIGNED_BY = "SIGNED_BY";
    String SIGNED_AT = "SIGNED_AT";
    String SECONDS = "SECONDS";
    String AMOUNT = "AMOUNT";
    String CURRENCY = "CURRENCY";
    String DIGEST = "DIGEST";
    String STATEMENT = "STATEMENT";
    String SUPERSEDED_AT = "SUPERSEDED_AT";

    @NotNull
    @Unique
    @StringLength(96)
    String getSignKey();

    void setSignKey(String signKey);

    @NotNull
    @Indexed
    long getBudgetId();

    void setBudgetId(long budgetId);

    /** yyyymm. */
    @NotNull
    int getPeriodMonth();

    void setPeriodMonth(int month);

    /** {@code SIGNED} or {@code SUPERSEDED}. */
    @NotNull
    @StringLength(16)
    String getState();

    void setState(String state);

    @NotNull
    @StringLength(255)
    String getSignedBy();

    void setSignedBy(String userKey);

    /** Epoch milliseconds. */
    @NotNull
    long getSignedAt();

    void setSignedAt(long signedAt);

    @NotNull
    long getSeconds();

    void setSeconds(long seconds);

    /** The month's amount as a decimal in the currency's minor unit scale. */
    @NotNull
    @StringLength(40)
    String getAmount();

    void setAmount(String amount);

    @NotNull
    @StringLength(3)
    String getCurrency();

    void setCurrency(String currency);

    /** Lower-case hex SHA-256 of the statement's UTF-8 bytes. */
    @NotNull
    @StringLength(64)
    String getDigest();

    void setDigest(String digest);

    @StringLength(StringLength.UNLIMITED)
    String getStatement();

    void setStatement(String statement);

    /** Epoch milliseconds; null while signed. */
    Long getSupersededAt();

    void setSupersededAt(Long supersededAt);
}
