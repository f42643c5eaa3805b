package io.github.clientbudgets.testing;

/** A view object for the dev host's Velocity tests: one allowlisted getter, one method that is not. */
public final class VelocityView {
    public String getTitle() {
        return "<b>listed</b>";
    }

    public String secret() {
        return "should never render";
    }
}
