package io.github.clientbudgets.common;

import net.java.ao.RawEntity;

import java.util.List;

/** The version column every full update guards itself with, shared by the stores of budgets, line items, expenses. */
public final class AoVersions {
    private AoVersions() {
    }

    /**
     * One conditional UPDATE of a version column: it also locks the row until the transaction ends, so a second
     * writer with the same version waits, then finds the version moved and gets false.
     */
    public static boolean claim(AoSql q, Class<? extends RawEntity<?>> table, String column, int id, int expectedVersion) {
        String version = "COALESCE(" + q.col(column) + ", 0)";
        return q.update("UPDATE " + q.table(table) + " SET " + q.col(column) + " = " + version + " + 1 WHERE "
                + q.col("ID") + " = ? AND " + version + " = ?", List.of(id, expectedVersion)) == 1;
    }
}
