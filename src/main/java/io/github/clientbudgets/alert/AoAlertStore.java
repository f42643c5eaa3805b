package io.github.clientbudgets.alert;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link AlertStore} on Active Objects: the only class that writes the alert tables. */
public class AoAlertStore implements AlertStore {
    private final ActiveObjects ao;

    public AoAlertStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<AlertSettings> settings(long budgetId) {
        return row(budgetId).map(r -> new AlertSettings(AlertSettings.parseStored(r.getThresholds()), r.isNotifyClient()));
    }

    private Optional<AlertSettingEntity> row(long budgetId) {
        AlertSettingEntity[] rows = ao.find(AlertSettingEntity.class,
                Query.select().where(AlertSettingEntity.BUDGET_ID + " = ?", budgetId));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    @Override
    public void saveSettings(long budgetId, AlertSettings settings) {
        ao.executeInTransaction(() -> {
            Optional<AlertSettingEntity> existing = row(budgetId);
            if (existing.isPresent()) {
                AlertSettingEntity e = existing.get();
                e.setThresholds(settings.stored());
                e.setNotifyClient(settings.notifyClient());
                e.save();
            } else {
                ao.create(AlertSettingEntity.class, new DBParam(AlertSettingEntity.BUDGET_ID, budgetId),
                        new DBParam(AlertSettingEntity.THRESHOLDS, settings.stored()),
                        new DBParam(AlertSettingEntity.NOTIFY_CLIENT, settings.notifyClient()));
            }
            forget(crossings(budgetId).stream().filter(c -> !settings.thresholds().contains(c.threshold())).toList());
            return null;
        });
    }

    @Override
    public List<Crossing> crossings(long budgetId) {
        return Arrays.stream(ao.find(AlertCrossingEntity.class, Query.select()
                        .where(AlertCrossingEntity.BUDGET_ID + " = ?", budgetId).order("ID")))
                .map(e -> new Crossing(e.getBudgetId(), e.getScope(), Metric.valueOf(e.getMetric()), e.getThreshold(),
                        new BigDecimal(e.getBase())))
                .toList();
    }

    @Override
    public boolean record(Crossing crossing) {
        try {
            ao.executeInTransaction(() -> ao.create(AlertCrossingEntity.class,
                    new DBParam(AlertCrossingEntity.CROSSING_KEY, crossing.key()),
                    new DBParam(AlertCrossingEntity.BUDGET_ID, crossing.budgetId()),
                    new DBParam(AlertCrossingEntity.SCOPE, crossing.scope()),
                    new DBParam(AlertCrossingEntity.METRIC, crossing.metric().name()),
                    new DBParam(AlertCrossingEntity.THRESHOLD, crossing.threshold()),
                    new DBParam(AlertCrossingEntity.BASE, crossing.base().toPlainString()),
                    new DBParam(AlertCrossingEntity.CROSSED_AT, System.currentTimeMillis())));
            return true;
        } catch (RuntimeException refused) {
            // the unique key refused it: another node (or an earlier run) recorded this crossing first
            if (exists(crossing.key())) {
                return false;
            }
            throw refused;
        }
    }

    private boolean exists(String key) {
        return ao.count(AlertCrossingEntity.class, Query.select().where(AlertCrossingEntity.CROSSING_KEY + " = ?", key)) > 0;
    }

    @Override
    public void forget(Collection<Crossing> crossings) {
        for (Crossing c : crossings) {
            ao.deleteWithSQL(AlertCrossingEntity.class, AlertCrossingEntity.CROSSING_KEY + " = ?", c.key());
        }
    }
}
