package io.github.clientbudgets.upgrade;

import io.github.clientbudgets.devhost.db.DatabaseSpec;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;

/** What the database says about the tables with a prefix: each column's type, size, nullability and default, each index. */
public final class TableShapes {
    private TableShapes() {
    }

    public static TreeMap<String, List<String>> of(DatabaseSpec database, String prefix) throws SQLException {
        TreeMap<String, List<String>> shapes = new TreeMap<>();
        try (Connection c = database.connect()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, null, "%", new String[]{"TABLE"})) {
                while (rs.next()) {
                    if (rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT).startsWith(prefix.toUpperCase(Locale.ROOT))) {
                        tables.add(rs.getString("TABLE_NAME"));
                    }
                }
            }
            for (String table : tables) {
                List<String> shape = new ArrayList<>();
                try (ResultSet rs = meta.getColumns(null, null, table, "%")) {
                    while (rs.next()) {
                        shape.add("column " + rs.getString("COLUMN_NAME") + " " + rs.getString("TYPE_NAME") + "("
                                + rs.getInt("COLUMN_SIZE") + ") nullable=" + rs.getString("IS_NULLABLE") + " default="
                                + rs.getString("COLUMN_DEF"));
                    }
                }
                TreeSet<String> indexes = new TreeSet<>();
                try (ResultSet rs = meta.getIndexInfo(null, null, table, false, false)) {
                    while (rs.next()) {
                        if (rs.getString("COLUMN_NAME") != null) {
                            // H2 names a primary key's index itself, anew when it rebuilds the table
                            String name = rs.getString("INDEX_NAME").startsWith("PRIMARY_KEY_") ? "PRIMARY_KEY"
                                    : rs.getString("INDEX_NAME");
                            indexes.add("index " + name + (rs.getBoolean("NON_UNIQUE") ? "" : " unique")
                                    + " on " + rs.getString("COLUMN_NAME"));
                        }
                    }
                }
                shape.sort(null);
                shape.addAll(indexes);
                shapes.put(table.toUpperCase(Locale.ROOT), shape);
            }
        }
        return shapes;
    }
}
