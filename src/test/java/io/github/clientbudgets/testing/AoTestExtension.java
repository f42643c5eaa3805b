package io.github.clientbudgets.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.devhost.ao.HostActiveObjects;
import io.github.clientbudgets.devhost.ao.JiraAoNaming;
import io.github.clientbudgets.devhost.db.DatabaseSpec;
import io.github.clientbudgets.devhost.db.EmbeddedPostgresServer;
import io.github.clientbudgets.devhost.plugin.PluginDescriptor;
import io.github.clientbudgets.devhost.plugin.PluginEntities;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** Gives each {@link AoTest} invocation a fresh database with the plugin's tables, on H2 and on PostgreSQL. */
public final class AoTestExtension implements TestTemplateInvocationContextProvider {
    private static final AtomicInteger H2_COUNTER = new AtomicInteger();

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getRequiredTestMethod().isAnnotationPresent(AoTest.class);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(TestDatabase.values()).filter(AoTestExtension::selected).map(Invocation::new);
    }

    /** -Daotest.databases=H2 (comma-separated) narrows the run, e.g. for mutation testing (pom profile pit); default: all. */
    private static boolean selected(TestDatabase database) {
        String only = System.getProperty("aotest.databases", "");
        return only.isBlank() || List.of(only.toUpperCase(java.util.Locale.ROOT).split("\\s*,\\s*")).contains(database.name());
    }

    /** One PostgreSQL server for the whole test run, stopped when the run ends. */
    static EmbeddedPostgresServer postgres(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(EmbeddedPostgresServer.class, k -> new PostgresResource(EmbeddedPostgresServer.start()),
                        PostgresResource.class).server;
    }

    private record PostgresResource(EmbeddedPostgresServer server) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            server.close();
        }
    }

    private static final class Invocation implements TestTemplateInvocationContext {
        private final TestDatabase database;

        Invocation(TestDatabase database) {
            this.database = database;
        }

        @Override
        public String getDisplayName(int invocationIndex) {
            return database.name();
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new FreshDatabase(database));
        }
    }

    /** Creates the database before the test, drops it after. */
    private static final class FreshDatabase implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
        private final TestDatabase database;
        private DatabaseSpec spec;
        private String postgresName;
        private EntityManager entityManager;
        private HostActiveObjects activeObjects;

        FreshDatabase(TestDatabase database) {
            this.database = database;
        }

        @Override
        public void beforeEach(ExtensionContext context) throws Exception {
            if (database == TestDatabase.POSTGRESQL) {
                spec = postgres(context).createDatabase("aotest");
                postgresName = spec.jdbcUrl().substring(spec.jdbcUrl().lastIndexOf('/') + 1);
            } else {
                spec = DatabaseSpec.h2Memory("aotest_" + H2_COUNTER.incrementAndGet());
            }
            ClassLoader loader = getClass().getClassLoader();
            PluginDescriptor descriptor = PluginDescriptor.fromClasspath(loader);
            activeObjects = spec.activeObjects(JiraAoNaming.namespace(descriptor));
            entityManager = activeObjects.entityManager();
            if (context.getRequiredTestMethod().getAnnotation(AoTest.class).tables()) {
                Class<? extends RawEntity<?>>[] entities = PluginEntities.of(descriptor, loader);
                entityManager.migrate(entities);
            }
        }

        @Override
        public void afterEach(ExtensionContext context) throws Exception {
            if (entityManager != null) {
                entityManager.flushAll();
            }
            if (entityManager != null) {
                entityManager.getProvider().dispose();
            }
            if (database == TestDatabase.POSTGRESQL) {
                postgres(context).dropDatabase(postgresName);
            } else {
                try (Connection c = spec.connect(); Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
            }
        }

        @Override
        public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
            Class<?> type = parameterContext.getParameter().getType();
            return type == ActiveObjects.class || type == HostActiveObjects.class || type == EntityManager.class
                    || type == TestDatabase.class || type == DatabaseSpec.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
            Class<?> type = parameterContext.getParameter().getType();
            if (type == ActiveObjects.class || type == HostActiveObjects.class) {
                return activeObjects;
            }
            if (type == EntityManager.class) {
                return entityManager;
            }
            if (type == DatabaseSpec.class) {
                return spec;
            }
            return database;
        }
    }
}
