package io.github.clientbudgets.rest;

import io.github.clientbudgets.permission.Permissions;

/** Who is asking: every resource method starts here. */
final class Caller {
    private Caller() {
    }

    static String require(Permissions permissions) {
        return permissions.currentUserKey().orElseThrow(NotAuthenticatedException::new);
    }
}
