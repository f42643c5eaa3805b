package io.github.clientbudgets.web.team;

import io.github.clientbudgets.audit.AuditEvent;
import io.github.clientbudgets.audit.AuditSubject;
import io.github.clientbudgets.web.page.SelectOption;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A budget's history on its page: its newest changes as sentences, and the filter by kind (budget, services,
 * expenses, issue assignments, time entries, locked months, client grants), chosen with {@code ?history=KIND}.
 */
public final class HistoryPanel {
    /** The kind of an event whose subject no rule knows. */
    static final String OTHER = "OTHER";
    public static final HistoryPanel NONE = new HistoryPanel(List.of(), List.of(), null);
    private final List<HistoryView> events;
    private final List<SelectOption> kinds;
    private final String kind;

    HistoryPanel(List<HistoryView> events, List<SelectOption> kinds, String kind) {
        this.events = List.copyOf(events);
        this.kinds = List.copyOf(kinds);
        this.kind = kind;
    }

    /**
     * The panel of the events shown (newest first), each put into one sentence in the caller's language: the filter
     * shows {@code kind} chosen (empty: all).
     */
    public static HistoryPanel of(List<AuditEvent> shown, HistoryNames names, Optional<AuditSubject> kind,
                                  Phrase.Texts texts) {
        List<HistoryView> views = shown.stream()
                .map(e -> new HistoryView(e, HistorySentences.sentence(e, names).render(texts))).toList();
        return new HistoryPanel(views, kinds(kind, texts::format), kind.map(Enum::name).orElse(null));
    }

    /** The kind asked for, if it names one ({@code expense} and {@code EXPENSE} both do); empty for all. */
    public static Optional<AuditSubject> kind(String parameter) {
        if (parameter == null || parameter.isBlank() || parameter.length() > 32) {
            return Optional.empty();
        }
        for (AuditSubject s : AuditSubject.values()) {
            if (s.name().equals(parameter.toUpperCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Whether the event is of the kind asked for (every event when none is). */
    static boolean shows(AuditEvent event, Optional<AuditSubject> kind) {
        return kind.isEmpty() || event.subject().equals(kind);
    }

    /**
     * The filter's choices: all, then every kind a budget's history holds, each with its label from {@code label}.
     * Client grants belong to a project, not to a budget (their rows have no budget), so they are no choice here.
     */
    static List<SelectOption> kinds(Optional<AuditSubject> chosen, Function<String, String> label) {
        List<SelectOption> options = new ArrayList<>();
        options.add(new SelectOption("", label.apply("client-budgets.history.kind.all"), chosen.isEmpty()));
        for (AuditSubject s : AuditSubject.values()) {
            if (s == AuditSubject.CLIENT_GRANT) {
                continue;
            }
            options.add(new SelectOption(s.name(), label.apply("client-budgets.history.kind." + s.name()),
                    chosen.equals(Optional.of(s))));
        }
        return options;
    }

    /** Newest first. */
    public List<HistoryView> getEvents() {
        return events;
    }

    public boolean isHasEvents() {
        return !events.isEmpty();
    }

    public List<SelectOption> getKinds() {
        return kinds;
    }

    /** Whether a kind is chosen (the page then says that only that kind is shown). */
    public boolean isFiltered() {
        return kind != null;
    }

    /** Whether the budget has any history at all (so the filter is worth showing). */
    public boolean isShown() {
        return !events.isEmpty() || kind != null;
    }
}
