package io.github.clientbudgets.devhost.db;

import io.github.clientbudgets.devhost.ao.JiraAoNaming;
import net.java.ao.EntityManager;
import net.java.ao.builder.EntityManagerBuilder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Where a database is: a JDBC URL with its credentials. Opens plain JDBC connections and AO entity managers. */
public record DatabaseSpec(String jdbcUrl, String username, String password) {

    public static DatabaseSpec h2Memory(String name) {
        return new DatabaseSpec("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /** An H2 file database; the data survives a restart. */
    public static DatabaseSpec h2File(java.nio.file.Path file) {
        return new DatabaseSpec("jdbc:h2:file:" + file.toAbsolutePath() + ";AUTO_SERVER=FALSE", "sa", "");
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, username, password);
    }

    /**
     * The real AO entity manager with Jira's table naming for the given plugin key, on a DBCP connection pool (as
     * Jira's AO runs on Jira's pool); dispose it with {@code getProvider().dispose()}.
     */
    public EntityManager entityManager(String pluginKey) {
        // H2 2.x lists its INFORMATION_SCHEMA tables too: name the schema, as Jira's AO does
        String schema = isPostgres() ? "public" : "PUBLIC";
        return JiraAoNaming.apply(EntityManagerBuilder.url(jdbcUrl).username(username).password(password)
                .schema(schema).dbcp(), pluginKey).build();
    }
}
