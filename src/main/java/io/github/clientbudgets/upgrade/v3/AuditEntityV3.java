package io.github.clientbudgets.upgrade.v3;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * {@code AuditEntity} as it was at model version 3, frozen: upgrade tasks migrate with this copy, never with the
 * live entity, so a later change of the live one cannot change what this version's task does. Never edit.
 */
@Preload
@Table("AUDIT")
public interface AuditEntityV3 extends Entity {
    String CREATED = "CREATED";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String BUDGET_ID = "BUDGET_ID";
    String OBJECT_TYPE = "OBJECT_TYPE";
    String OBJECT_ID = "OBJECT_ID";
    String ACTION = "ACTION";
    String FIELD = "FIELD";
    String OLD_VALUE = "OLD_VALUE";
    String NEW_VALUE = "NEW_VALUE";
    String REASON = "REASON";

    @NotNull
    Date getCreated();

    void setCreated(Date created);

    @StringLength(255)
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    @Indexed
    Long getBudgetId();

    void setBudgetId(Long budgetId);

    @NotNull
    @StringLength(32)
    String getObjectType();

    void setObjectType(String objectType);

    @NotNull
    @Indexed
    long getObjectId();

    void setObjectId(long objectId);

    @NotNull
    @StringLength(32)
    String getAction();

    void setAction(String action);

    @StringLength(64)
    String getField();

    void setField(String field);

    @StringLength(StringLength.MAX_LENGTH)
    String getOldValue();

    void setOldValue(String value);

    @StringLength(StringLength.MAX_LENGTH)
    String getNewValue();

    void setNewValue(String value);

    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);
}
