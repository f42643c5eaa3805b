package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.digest.DigestFrequency;

/** A budget's client digest setting: {@code {"frequency":"OFF"|"MONTHLY"|"WEEKLY"}}. */
public record DigestJson(String frequency) {
    public static DigestJson of(DigestFrequency frequency) {
        return new DigestJson(frequency.name());
    }
}
