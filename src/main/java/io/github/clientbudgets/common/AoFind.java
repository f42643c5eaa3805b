package io.github.clientbudgets.common;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Rows by many values of one column, the bulk reads of the stores (a batch of worklogs, a bulk decision). */
public final class AoFind {
    /** Values per IN (...) list: well under every database's limit on bind parameters. */
    static final int IN_CHUNK = 500;

    private AoFind() {
    }

    /** The rows whose {@code column} holds one of {@code values} (each value once), in no particular order. */
    public static <T extends RawEntity<K>, K> List<T> whereIn(ActiveObjects ao, Class<T> type, String column,
                                                              Collection<?> values) {
        List<?> distinct = values.stream().distinct().toList();
        List<T> rows = new ArrayList<>(distinct.size());
        for (int from = 0; from < distinct.size(); from += IN_CHUNK) {
            List<?> chunk = distinct.subList(from, Math.min(distinct.size(), from + IN_CHUNK));
            String in = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            rows.addAll(Arrays.asList(ao.find(type, Query.select().where(column + " IN (" + in + ")", chunk.toArray()))));
        }
        return rows;
    }
}
