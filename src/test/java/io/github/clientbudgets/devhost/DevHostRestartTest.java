package io.github.clientbudgets.devhost;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default H2 file database keeps its data across restarts; --reset starts fresh; demo steps run once. */
class DevHostRestartTest {

    @Test
    void dataSurvivesARestartAndResetStartsFresh(@TempDir Path dir) {
        DevHostOptions options = TestHosts.options();
        options.inMemory = false;
        options.dataDirectory = dir;
        options.extraDemoSteps.add(new RecordingDemoStep());
        RecordingDemoStep.RUNS.clear();
        long worklogs;
        try (DevHost host = DevHost.start(options)) {
            worklogs = host.store().db().queryLong("SELECT COUNT(*) FROM worklog");
            assertTrue(worklogs > 100);
            host.store().db().update("UPDATE cwd_user SET display_name = 'Renamed' WHERE user_key = 'dev'");
        }
        assertEquals(1, RecordingDemoStep.RUNS.size(), "the step ran after the plugin started");
        assertEquals("pm@true", RecordingDemoStep.RUNS.get(0), "as pm, through the plugin's own bean");
        try (DevHost host = DevHost.start(options)) {
            assertEquals(worklogs, host.store().db().queryLong("SELECT COUNT(*) FROM worklog"));
            assertEquals("Renamed", host.store().userByName("dev").orElseThrow().getDisplayName());
        }
        assertEquals(1, RecordingDemoStep.RUNS.size(), "a step runs once per database");
        options.reset = true;
        try (DevHost host = DevHost.start(options)) {
            assertEquals("Dave Developer", host.store().userByName("dev").orElseThrow().getDisplayName());
        }
        assertEquals(2, RecordingDemoStep.RUNS.size(), "a fresh database gets the steps again");
    }
}
