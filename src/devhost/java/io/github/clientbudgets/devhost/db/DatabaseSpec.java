package io.github.clientbudgets.devhost.db;

import io.github.clientbudgets.devhost.ao.HostActiveObjects;
import io.github.clientbudgets.devhost.ao.HostTransactions;
import io.github.clientbudgets.devhost.ao.JiraAoNaming;
import net.java.ao.DatabaseProvider;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;
import org.apache.commons.dbcp.BasicDataSource;

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
     * The plugin's {@code ActiveObjects}: the real AO entity manager with Jira's table naming for the given
     * {@code <ao>} namespace ({@link JiraAoNaming#namespace}), on a DBCP connection pool (as Jira's AO runs on Jira's
     * pool) under the host's transactions ({@link HostTransactions}); dispose it with
     * {@code entityManager().getProvider().dispose()}.
     */
    public HostActiveObjects activeObjects(String aoNamespace) {
        BasicDataSource pool = new BasicDataSource();
        pool.setUrl(jdbcUrl);
        pool.setUsername(username);
        pool.setPassword(password);
        HostTransactions transactions = new HostTransactions(pool, () -> {
            try {
                pool.close();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        // H2 2.x lists its INFORMATION_SCHEMA tables too: name the schema, as Jira's AO does
        DatabaseProvider provider = isPostgres() ? new PostgreSQLDatabaseProvider(transactions, "public")
                : new H2DatabaseProvider(transactions, "PUBLIC");
        EntityManager entityManager = new EntityManager(provider, new Configuration(JiraAoNaming.of(aoNamespace)));
        return new HostActiveObjects(entityManager, transactions);
    }

    /** What AO's own builder configures, with Jira's names. */
    private static final class Configuration implements EntityManagerConfiguration {
        private final NameConverters names;
        private final EntityInfoResolverFactory resolvers = new CachingEntityInfoResolverFactory();

        Configuration(NameConverters names) {
            this.names = names;
        }

        @Override
        public boolean useWeakCache() {
            return false;
        }

        @Override
        public NameConverters getNameConverters() {
            return names;
        }

        @Override
        public SchemaConfiguration getSchemaConfiguration() {
            return new DefaultSchemaConfiguration();
        }

        @Override
        public EntityInfoResolverFactory getEntityInfoResolverFactory() {
            return resolvers;
        }
    }
}
