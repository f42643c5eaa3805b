package io.github.clientbudgets.rest;

import io.github.clientbudgets.common.NotFoundException;

/** A budget id from a path: anything that isn't one names nothing (404, as for an invisible budget). */
final class BudgetIds {
    private BudgetIds() {
    }

    static long parse(String id) {
        if (id == null || !id.matches("\\d{1,9}")) {
            throw new NotFoundException();
        }
        return Long.parseLong(id);
    }
}
