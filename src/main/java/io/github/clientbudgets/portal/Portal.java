package io.github.clientbudgets.portal;

import io.github.clientbudgets.access.ClientView;
import io.github.clientbudgets.budget.Budget;

/**
 * A budget opened for a client: proof that {@link io.github.clientbudgets.access.ClientVisibilityPolicy} said yes
 * for this viewer. Only {@link PortalService} makes one, and every client-facing read takes one, so nothing can be
 * read for a client without the policy having been asked.
 *
 * @param previewFor null for a real client; for a PM's "view as client", the client's key ("" = a generic client)
 */
public final class Portal {
    private final Budget budget;
    private final ClientView view;
    private final String previewFor;

    Portal(Budget budget, ClientView view, String previewFor) {
        if (!view.visible()) {
            throw new IllegalArgumentException("not visible");
        }
        this.budget = budget;
        this.view = view;
        this.previewFor = previewFor;
    }

    public Budget budget() {
        return budget;
    }

    public ClientView view() {
        return view;
    }

    public boolean isPreview() {
        return previewFor != null;
    }

    public String previewFor() {
        return previewFor;
    }
}
