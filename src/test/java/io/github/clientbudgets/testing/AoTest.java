package io.github.clientbudgets.testing;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test that runs once on H2 and once on a real PostgreSQL, each time on a fresh database holding the plugin's
 * Active Objects tables (every entity of the descriptor's {@code <ao>} module, Jira's AO_xxxxxx_ naming). The test
 * method may take {@code ActiveObjects} (or the host's {@code HostActiveObjects}), {@code EntityManager},
 * {@link TestDatabase} and {@code DatabaseSpec} parameters. {@code tables = false} gives an empty database instead
 * (upgrade tests build an older model there).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(AoTestExtension.class)
public @interface AoTest {
    /** Whether the database starts with the plugin's tables. */
    boolean tables() default true;
}
