package io.github.clientbudgets.devhost.platform;

import com.atlassian.audit.api.AuditService;
import com.atlassian.audit.entity.AuditAttribute;
import com.atlassian.audit.entity.AuditEvent;
import com.atlassian.audit.entity.AuditResource;
import com.atlassian.audit.entity.ChangedValue;
import com.atlassian.audit.entity.CoverageArea;
import com.atlassian.audit.entity.CoverageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Jira's audit log for one node, in memory: {@link #audit} keeps the event; {@link #events()} returns what was audited
 * as plain records (tests, the host's admin page). Simplified: no database table, no coverage configuration (every
 * level and area is recorded), no author/IP/time enrichment beyond the time of recording.
 */
public final class HostAuditService implements AuditService {
    private static final Logger LOG = LoggerFactory.getLogger(HostAuditService.class);

    public record Resource(String name, String type, String id, String uri) {
    }

    public record Change(String key, String from, String to) {
    }

    public record Recorded(long timestamp, String action, String category, boolean i18nKeys, CoverageLevel level,
                           CoverageArea area, List<Resource> affectedObjects, List<Change> changedValues,
                           Map<String, String> extraAttributes) {
    }

    private final List<Recorded> events = new CopyOnWriteArrayList<>();

    @Override
    public void audit(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        List<Resource> resources = StandInFields.<List<AuditResource>>read(event, "affectedObjects").stream()
                .map(r -> new Resource(StandInFields.read(r, "name"), StandInFields.read(r, "type"),
                        StandInFields.read(r, "id"), StandInFields.read(r, "uri")))
                .toList();
        List<Change> changes = StandInFields.<List<ChangedValue>>read(event, "changedValues").stream()
                .map(v -> new Change(StandInFields.read(v, "key"), StandInFields.read(v, "from"), StandInFields.read(v, "to")))
                .toList();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (AuditAttribute a : StandInFields.<List<AuditAttribute>>read(event, "extraAttributes")) {
            attributes.put(StandInFields.read(a, "name"), StandInFields.read(a, "value"));
        }
        Recorded recorded = new Recorded(System.currentTimeMillis(), StandInFields.read(event, "action"),
                StandInFields.read(event, "category"), StandInFields.<Boolean>read(event, "i18nKeys"),
                StandInFields.read(event, "level"), StandInFields.read(event, "area"), resources, changes,
                java.util.Collections.unmodifiableMap(attributes));
        events.add(recorded);
        LOG.info("audit: {}", recorded);
    }

    /** Everything audited so far, oldest first. */
    public List<Recorded> events() {
        return List.copyOf(events);
    }

    public void clear() {
        events.clear();
    }
}
