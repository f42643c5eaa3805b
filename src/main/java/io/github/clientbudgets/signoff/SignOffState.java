package io.github.clientbudgets.signoff;

/** A sign-off stands ({@code SIGNED}) until the approved figures of its month change ({@code SUPERSEDED}, for good). */
public enum SignOffState {
    SIGNED,
    SUPERSEDED
}
