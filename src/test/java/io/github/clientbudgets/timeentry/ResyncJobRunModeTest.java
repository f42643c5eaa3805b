package io.github.clientbudgets.timeentry;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.RunMode;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The real resync job, not a stand-in for it: both its nightly schedule and "resync now" run once per cluster (one
 * node picks each run up), never on every node. The cluster behaviour itself is tested in TwoNodesOnOnePostgresTest.
 */
class ResyncJobRunModeTest {

    @Test
    void nightlyAndNowRunOncePerCluster() throws Exception {
        SchedulerService scheduler = mock(SchedulerService.class);
        ResyncJob job = new ResyncJob(scheduler, mock(ClusterLockService.class), mock(Resync.class));
        job.register();
        job.requestNow();
        ArgumentCaptor<JobId> ids = ArgumentCaptor.forClass(JobId.class);
        ArgumentCaptor<JobConfig> configs = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler, times(2)).scheduleJob(ids.capture(), configs.capture());
        assertEquals(List.of(ResyncJob.NIGHTLY, ResyncJob.NOW), ids.getAllValues());
        for (JobConfig config : configs.getAllValues()) {
            assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, config.getRunMode());
            assertEquals(ResyncJob.RUNNER, config.getJobRunnerKey());
        }
    }
}
