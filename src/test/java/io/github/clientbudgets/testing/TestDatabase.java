package io.github.clientbudgets.testing;

/** The databases every {@link AoTest} runs on. */
public enum TestDatabase {
    H2,
    POSTGRESQL
}
