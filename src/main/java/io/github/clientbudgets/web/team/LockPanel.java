package io.github.clientbudgets.web.team;

import io.github.clientbudgets.web.page.SelectOption;

import java.util.List;

/**
 * The budget page's period locks: the locked months, and for approvers the months they may lock (from the budget's
 * start, at most a year back, to this month). Approved entries of a locked month can't be unapproved; a worklog
 * change there still becomes a pending revision, flagged on the Approvals page. Each month is a value
 * ({@code yyyy-MM}, what the lock requests send) with its name in the reader's language.
 */
public final class LockPanel {
    static final LockPanel NONE = new LockPanel(false, false, List.of(), List.of());
    private final boolean shown;
    private final boolean canLock;
    private final List<SelectOption> locked;
    private final List<SelectOption> lockable;

    public LockPanel(boolean shown, boolean canLock, List<SelectOption> locked, List<SelectOption> lockable) {
        this.shown = shown;
        this.canLock = canLock;
        this.locked = List.copyOf(locked);
        this.lockable = List.copyOf(lockable);
    }

    public boolean isShown() {
        return shown;
    }

    public boolean isCanLock() {
        return canLock;
    }

    public List<SelectOption> getLocked() {
        return locked;
    }

    public boolean isHasLocked() {
        return !locked.isEmpty();
    }

    public List<SelectOption> getLockable() {
        return lockable;
    }

    public boolean isHasLockable() {
        return !lockable.isEmpty();
    }
}
