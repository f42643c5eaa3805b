package io.github.clientbudgets.bench;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.devhost.ao.HostActiveObjects;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;

/** The plugin's AO table and column names as AO writes them on this database (Jira's AO_xxxxxx_ prefix, quoting). */
public final class AoNames {
    private final EntityManager em;

    public AoNames(ActiveObjects ao) {
        this.em = ((HostActiveObjects) ao).entityManager();
    }

    public String table(Class<? extends RawEntity<?>> type) {
        return em.getProvider().withSchema(em.getNameConverters().getTableNameConverter().getName(type));
    }

    public String col(String column) {
        return em.getProvider().processID(column);
    }
}
