package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.approval.EntryChanges;
import io.github.clientbudgets.common.Errors;

import java.util.Map;

/**
 * The body of {@code PUT /time-entries/{id}}, a PM's changes of an entry: {@code serviceId} (present and null = back
 * to automatic), {@code billable}, {@code clientNote} (present and null or blank = none). Absent = unchanged.
 */
public record EntryChangesRequest(Long serviceId, boolean clearService, Boolean billable, String clientNote,
                                  boolean clearClientNote) {

    public static EntryChangesRequest from(Map<String, Object> body) {
        Map<String, Object> json = JsonFields.orEmpty(body);
        Errors errors = new Errors();
        Long serviceId = JsonFields.id(json, "serviceId", errors);
        Boolean billable = JsonFields.bool(json, "billable", errors);
        String note = JsonFields.text(json, "clientNote", errors);
        errors.throwIfAny();
        return new EntryChangesRequest(serviceId, json.containsKey("serviceId") && json.get("serviceId") == null,
                billable, note, json.containsKey("clientNote") && (note == null || note.isBlank()));
    }

    public EntryChanges toChanges() {
        return new EntryChanges(serviceId, clearService, billable, clientNote, clearClientNote);
    }
}
