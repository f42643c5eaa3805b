package io.github.clientbudgets.common;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IdsTest {

    @Test
    void asciiDigitsUpToTheLimitAreAnId() {
        assertEquals(OptionalLong.of(7), Ids.parse("7", Ids.MAX_DIGITS));
        assertEquals(OptionalLong.of(0), Ids.parse("0", Ids.MAX_DIGITS));
        assertEquals(OptionalLong.of(7), Ids.parse("007", Ids.MAX_DIGITS));
        assertEquals(OptionalLong.of(999_999_999_999_999_999L), Ids.parse("999999999999999999", Ids.MAX_DIGITS));
        assertEquals(OptionalLong.of(999_999_999), Ids.parse("999999999", Ids.BUDGET_DIGITS));
    }

    @Test
    void signsOtherDigitsSpacesAndTooManyDigitsAreNoId() {
        for (String bad : List.of("", " 7", "7 ", "+5", "-5", "1e3", "0x1F", "7.0", "\uFF15", "\u0665", "1_000",
                "9999999999999999999", "99999999999999999999")) {
            assertEquals(OptionalLong.empty(), Ids.parse(bad, Ids.MAX_DIGITS), bad);
        }
        assertEquals(OptionalLong.empty(), Ids.parse(null, Ids.MAX_DIGITS));
        assertEquals(OptionalLong.empty(), Ids.parse("1000000000", Ids.BUDGET_DIGITS));
        assertEquals(OptionalLong.empty(), Ids.parse("12", 1));
    }

    @Test
    void theLimitIsOneToEighteenDigits() {
        assertThrows(IllegalArgumentException.class, () -> Ids.parse("1", 0));
        assertThrows(IllegalArgumentException.class, () -> Ids.parse("1", Ids.MAX_DIGITS + 1));
    }

    @Test
    void noIdIsNotFound() {
        assertEquals(42L, Ids.orNotFound("42", Ids.BUDGET_DIGITS));
        assertThrows(NotFoundException.class, () -> Ids.orNotFound("+42", Ids.BUDGET_DIGITS));
        assertThrows(NotFoundException.class, () -> Ids.orNotFound(null, Ids.BUDGET_DIGITS));
    }
}
