package io.github.clientbudgets.timeentry;

import io.github.clientbudgets.attribution.AttributionService;
import io.github.clientbudgets.attribution.Reattribution;
import io.github.clientbudgets.attribution.WorklogFacts;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/** {@link Reattribution} of the live values: approved snapshots stay as they were published. */
public class IssueReattribution implements Reattribution {
    private final TimeEntryStore entries;
    private final AttributionService attribution;

    public IssueReattribution(TimeEntryStore entries, AttributionService attribution) {
        this.entries = entries;
        this.attribution = attribution;
    }

    @Override
    public void reattributeIssue(long issueId) {
        for (TimeEntry entry : entries.ofIssueOrSubtasks(issueId)) {
            LocalDate day = entry.workDay() != null ? entry.workDay()
                    : entry.started().atZone(ZoneOffset.UTC).toLocalDate();
            Long lineItem = attribution.attribute(new WorklogFacts(entry.issueId(), entry.parentIssueId(),
                    entry.projectId(), day, entry.explicitServiceId())).orElse(null);
            if (!Objects.equals(lineItem, entry.serviceId())) {
                entries.setService(entry.id(), lineItem);
            }
        }
    }
}
