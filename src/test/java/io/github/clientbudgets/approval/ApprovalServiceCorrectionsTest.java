package io.github.clientbudgets.approval;

import io.github.clientbudgets.review.ApprovalStatus;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.audit.AuditRecord;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.common.ConflictException;
import io.github.clientbudgets.common.ForbiddenException;
import io.github.clientbudgets.common.Message;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.timeentry.TimeEntry;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static io.github.clientbudgets.review.ApprovalAction.APPROVE;
import static io.github.clientbudgets.approval.ApprovalWorld.ACME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A PM's correction of one entry ({@link ApprovalService#updateEntry}): who may, which service it may move to, the
 * client note's limits, the locked month, and one audit row per changed field (none when nothing changed).
 */
class ApprovalServiceCorrectionsTest {

    @AoTest
    void eachChangedFieldIsAuditedOnceWithItsOldAndNewValue(ActiveObjects ao) {
        ApprovalWorld w = new ApprovalWorld(ao);
        TimeEntry entry = w.log(1, "2026-11-02", 3600);

        w.approvals.updateEntry("pm", entry.id(), new EntryChanges(w.build.id(), false, false, "  Kick-off  ", false));

        TimeEntry changed = w.get(entry);
        assertEquals(w.build.id(), changed.serviceId());
        assertEquals(w.build.id(), changed.explicitServiceId());
        assertFalse(changed.billable());
        assertEquals("Kick-off", changed.clientNote(), "stripped");
        assertEquals(List.of("serviceId:" + w.design.id() + ">" + w.build.id(), "billable:true>false", "clientNote:null>Kick-off"),
                updates(w, entry));
        assertEquals(w.website.id(), w.history(entry).get(0).budgetId());
        assertEquals("pm", w.history(entry).get(0).authorKey());

        w.approvals.updateEntry("pm", entry.id(), new EntryChanges(w.build.id(), false, false, "Kick-off", false));
        assertEquals(3, updates(w, entry).size(), "the same values again: no row");
        w.approvals.updateEntry("pm", entry.id(), new EntryChanges(null, false, null, null, false));
        assertEquals(3, updates(w, entry).size(), "nothing asked, nothing changed");
        assertEquals("Kick-off", w.get(entry).clientNote(), "a field left out stays as it is");
        assertFalse(w.get(entry).billable());

        w.approvals.updateEntry("pm", entry.id(), new EntryChanges(null, false, true, null, true));
        assertNull(w.get(entry).clientNote(), "cleared");
        assertTrue(w.get(entry).billable());
        assertEquals(List.of("billable:false>true", "clientNote:Kick-off>null"), updates(w, entry).subList(3, 5));
    }

    @AoTest
    void clearingTheServiceGoesBackToAutomaticAttribution(ActiveObjects ao) {
        ApprovalWorld w = new ApprovalWorld(ao);
        TimeEntry entry = w.log(1, "2026-11-02", 3600);
        w.approvals.updateEntry("pm", entry.id(), new EntryChanges(w.build.id(), false, null, null, false));
        assertEquals(w.build.id(), w.get(entry).explicitServiceId());

        w.approvals.updateEntry("pm", entry.id(), new EntryChanges(null, true, null, null, false));
        assertNull(w.get(entry).explicitServiceId(), "no explicit choice any more");
        w.log(1, "2026-11-02", 3700); // the next worklog event attributes it again
        assertEquals(w.design.id(), w.get(entry).serviceId(), "the default service again");
    }

    @AoTest
    void anEmptyNoteIsNoNoteAndTwoThousandCharactersAreTheMost(ActiveObjects ao) {
        ApprovalWorld w = new ApprovalWorld(ao);
        TimeEntry entry = w.log(1, "2026-11-02", 3600);

        w.approvals.updateEntry("pm", entry.id(), new EntryChanges(null, false, null, "   ", false));
        assertNull(w.get(entry).clientNote(), "blank is stored as none");
        assertEquals(List.of(), w.history(entry), "none before, none after: no change to audit");

        String longest = "n".repeat(2000);
        w.approvals.updateEntry("pm", entry.id(), new EntryChanges(null, false, null, longest + " ", false));
        assertEquals(longest, w.get(entry).clientNote());

        Map<String, Message> errors = assertThrows(ValidationException.class, () -> w.approvals.updateEntry("pm",
                entry.id(), new EntryChanges(w.support.id(), false, false, "m".repeat(2001), false))).errors();
        assertEquals(Message.of("client-budgets.error.tooLong", 2000), errors.get("clientNote"));
        assertEquals(Message.of("client-budgets.error.serviceId.notInProject"), errors.get("serviceId"), "both at once");
        assertEquals(longest, w.get(entry).clientNote(), "a refused correction changes nothing");
        assertTrue(w.get(entry).billable());
    }

    @AoTest
    void theNewServiceMustBeOfABudgetOfTheEntrysProjectThatHoldsItsDay(ActiveObjects ao) {
        ApprovalWorld w = new ApprovalWorld(ao);
        TimeEntry entry = w.log(1, "2026-11-02", 3600);
        Budget nextYear = w.fixtures.budget(ACME, "2027", BudgetType.TIME_AND_MATERIALS, "EUR", "2027-01-01", null,
                "1000", true);
        LineItem later = w.fixtures.service(nextYear, "General", Billing.HOURLY, "90.00", true);
        Budget deleted = w.fixtures.budget(ACME, "Old", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-01-01", null,
                "1000", true);
        LineItem gone = w.fixtures.service(deleted, "General", Billing.HOURLY, "90.00", true);
        w.budgets.markDeleted(deleted.id());

        for (long bad : List.of(later.id(), w.support.id(), gone.id(), 424242L)) {
            ValidationException e = assertThrows(ValidationException.class, () -> w.approvals.updateEntry("pm",
                    entry.id(), new EntryChanges(bad, false, null, null, false)), "service " + bad);
            assertEquals(List.of("serviceId"), List.copyOf(e.errors().keySet()));
        }
        assertEquals(w.design.id(), w.get(entry).serviceId());
        assertEquals(List.of(), w.history(entry));
    }

    @AoTest
    void onlyAnApproverOfTheBudgetCorrectsAndOnlyWhoBrowsesLearnsItExists(ActiveObjects ao) {
        ApprovalWorld w = new ApprovalWorld(ao);
        TimeEntry entry = w.log(1, "2026-11-02", 3600);
        EntryChanges note = new EntryChanges(null, false, null, "Workshop", false);

        assertThrows(NotFoundException.class, () -> w.approvals.updateEntry("pm", 424242, note));
        assertThrows(NotFoundException.class, () -> w.approvals.updateEntry("client", entry.id(), note));
        assertThrows(ForbiddenException.class, () -> w.approvals.updateEntry("dev2", entry.id(), note));
        assertNull(w.get(entry).clientNote());

        w.withOwner(w.website, "dev2");
        w.approvals.updateEntry("dev2", entry.id(), note);
        assertEquals("Workshop", w.get(entry).clientNote(), "the budget's owner corrects without being a project admin");
    }

    /** An entry on no budget (no service): a project admin may still correct it, e.g. give it a service. */
    @AoTest
    void anEntryOnNoBudgetIsTheProjectAdminsToCorrect(ActiveObjects ao) {
        ApprovalWorld w = new ApprovalWorld(ao);
        TimeEntry loose = w.fixtures.entry(ACME, 100, null, "2026-11-02", 3600, true, ApprovalStatus.PENDING);
        EntryChanges toBuild = new EntryChanges(w.build.id(), false, null, null, false);

        assertThrows(NotFoundException.class, () -> w.approvals.updateEntry("client", loose.id(), toBuild));
        assertThrows(ForbiddenException.class, () -> w.approvals.updateEntry("dev", loose.id(), toBuild),
                "browsing is not enough");
        assertNull(w.get(loose).serviceId());

        w.approvals.updateEntry("admin", loose.id(), new EntryChanges(null, false, false, null, false));
        AuditRecord row = w.history(loose).get(0);
        assertNull(row.budgetId(), "on no budget");
        assertEquals("billable", row.field());

        w.approvals.updateEntry("admin", loose.id(), toBuild);
        assertEquals(w.build.id(), w.get(loose).serviceId());
        assertEquals("serviceId:null>" + w.build.id(), updates(w, loose).get(1));
    }

    /**
     * Locked means locked for what the client sees: an approved entry's correction is published at once, so it is
     * refused in a locked month; a pending entry has no published figures, its correction goes through.
     */
    @AoTest
    void inALockedMonthOnlyPendingEntriesAreCorrected(ActiveObjects ao) {
        ApprovalWorld w = new ApprovalWorld(ao);
        TimeEntry approved = w.log(1, "2026-10-15", 3600);
        TimeEntry pending = w.log(2, "2026-10-16", 3600);
        TimeEntry november = w.log(3, "2026-11-02", 3600);
        w.approvals.decide("pm", APPROVE, List.of(approved.id(), november.id()), null);
        w.approvals.lock("pm", w.website.id(), YearMonth.of(2026, 10));
        EntryChanges nonBillable = new EntryChanges(null, false, false, null, false);

        ConflictException e = assertThrows(ConflictException.class, () -> w.approvals.updateEntry("pm", approved.id(),
                nonBillable));
        assertEquals("month", e.field());
        assertTrue(w.get(approved).billable());
        assertEquals(List.of(), updates(w, approved), "nothing audited");

        assertFalse(w.approvals.updateEntry("pm", pending.id(), nonBillable).billable(), "pending: no published figure");
        assertFalse(w.approvals.updateEntry("pm", november.id(), nonBillable).approved().billable(),
                "another month's approved entry: published at once");
    }

    /** The budget's audit rows of one entry's corrections, as "field:from>to". */
    private static List<String> updates(ApprovalWorld w, TimeEntry entry) {
        return w.history(entry).stream().filter(r -> r.action().equals("UPDATED"))
                .map(r -> r.field() + ":" + r.from() + ">" + r.to()).toList();
    }
}
