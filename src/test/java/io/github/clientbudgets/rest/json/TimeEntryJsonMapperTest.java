package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.review.EntryState.Revision;
import io.github.clientbudgets.testing.FakePermissions;
import io.github.clientbudgets.timeentry.TimeEntry;
import io.github.clientbudgets.timeentry.WorklogState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TimeEntryJsonMapperTest {
    private final TimeEntryJsonMapper mapper = new TimeEntryJsonMapper(new FakePermissions().user("dev"));
    private final WorklogState live = new WorklogState(900, 100, null, 10, "dev", Instant.parse("2026-10-01T09:00:00Z"),
            LocalDate.parse("2026-10-01"), 5400, "fixed the login");

    @Test
    void aPendingEntryHasNoApprovedSnapshotNorLockFlag() {
        TimeEntry e = new TimeEntry(11, live, 3L, null, true, "login", ApprovalStatus.PENDING, Revision.NONE, null,
                TimeEntry.Review.NONE);
        assertEquals("{\"id\":11,\"worklogId\":900,\"issueKey\":\"ACME-1\",\"budgetId\":7,\"authorKey\":\"dev\","
                + "\"authorName\":\"DEV\",\"started\":\"2026-10-01T09:00:00Z\",\"workDay\":\"2026-10-01\",\"seconds\":5400,"
                + "\"hours\":\"1.50\",\"serviceId\":3,\"billable\":true,\"status\":\"PENDING\",\"revision\":\"NONE\","
                + "\"clientNote\":\"login\",\"comment\":\"fixed the login\",\"reviewerKey\":null,\"reviewedAt\":null,"
                + "\"rejectionReason\":null}", Json.of(mapper.timeEntry(e, "ACME-1", 7L)));
    }

    @Test
    void anApprovedEntryShowsItsSnapshotAndInABudgetListItsLock() {
        TimeEntry e = new TimeEntry(12, live, 3L, 3L, false, null, ApprovalStatus.APPROVED, Revision.EDIT,
                new TimeEntry.Snapshot(3600, live.started(), LocalDate.parse("2026-09-30"), 4L, true, "old"),
                new TimeEntry.Review("pm", Instant.parse("2026-10-02T08:00:00Z"), "kept from an earlier rejection"));
        String json = Json.of(mapper.timeEntry(e, "ACME-1", null).withPeriodLocked(true));
        assertEquals(true, json.contains("\"budgetId\":null"), json);
        assertEquals(true, json.endsWith("\"reviewerKey\":\"pm\",\"reviewedAt\":\"2026-10-02T08:00:00Z\","
                + "\"rejectionReason\":null,\"approved\":{\"seconds\":3600,\"workDay\":\"2026-09-30\",\"serviceId\":4,"
                + "\"billable\":true},\"periodLocked\":true}"), json);
    }

    @Test
    void onlyARejectedEntryShowsTheReasonAndASystemEntryNoAuthorName() {
        WorklogState nobody = new WorklogState(901, 100, null, 10, null, live.started(), live.workDay(), 60, null);
        TimeEntry e = new TimeEntry(13, nobody, null, null, true, null, ApprovalStatus.REJECTED, Revision.NONE, null,
                new TimeEntry.Review("pm", Instant.parse("2026-10-02T08:00:00Z"), "wrong issue"));
        TimeEntryJson json = mapper.timeEntry(e, "ACME-1", 7L);
        assertEquals("wrong issue", json.rejectionReason());
        assertNull(json.authorName());
        assertNull(json.approved());
    }
}
