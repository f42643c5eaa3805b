package io.github.clientbudgets.common;

import net.java.ao.RawEntity;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * AO's way in ({@link AoSql}), learnt once from the first row at hand and then kept. It is the plugin's one
 * EntityManager for as long as the bean holding it lives (Jira re-creates the plugin's beans when the Active Objects
 * service comes back), so it is not state another node would need; it only spares a row read per statement.
 */
public final class AoSqlMemo {
    private volatile AoSql known;

    /** The way in, if learnt already. */
    public Optional<AoSql> known() {
        return Optional.ofNullable(known);
    }

    /** Learns the way in from a row just read or written. */
    public AoSql learn(RawEntity<?> row) {
        AoSql q = AoSql.of(row);
        known = q;
        return q;
    }

    /** The known way in, else the one of the row {@code anyRow} reads; empty when there is no row to read. */
    public Optional<AoSql> orLearnFrom(Supplier<? extends RawEntity<?>> anyRow) {
        AoSql q = known;
        if (q != null) {
            return Optional.of(q);
        }
        RawEntity<?> row = anyRow.get();
        return row == null ? Optional.empty() : Optional.of(learn(row));
    }
}
