package io.github.clientbudgets.alert;

import io.github.clientbudgets.common.ValidationException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The alert settings' rule: what is accepted, and each refusal on its field. */
class AlertRulesTest {
    private static final AlertSettings CURRENT = new AlertSettings(List.of(80, 100), false);

    @Test
    void acceptedValuesAreSortedAndAbsentFieldsKeepTheirValue() {
        assertEquals(new AlertSettings(List.of(50, 75, 90), false), AlertRules.validate(List.of(90, 50, 75), null, CURRENT));
        assertEquals(List.of(50, 75, 90), AlertRules.validate(List.of(90, 50, 75), null, CURRENT).thresholds());
        assertEquals(new AlertSettings(List.of(80, 100), true), AlertRules.validate(null, true, CURRENT));
        assertEquals(new AlertSettings(List.of(1, 2, 3, 4, 1000), true),
                AlertRules.validate(List.of(1, 2, 3, 4, 1000L), true, CURRENT));
        assertEquals(CURRENT, AlertRules.validate(null, null, CURRENT));
    }

    @TestFactory
    Stream<DynamicTest> refusals() {
        List<Object[]> cases = List.of(
                new Object[]{"empty list", List.of(), null, "thresholds"},
                new Object[]{"six thresholds", List.of(1, 2, 3, 4, 5, 6), null, "thresholds"},
                new Object[]{"zero", List.of(0), null, "thresholds"},
                new Object[]{"negative", List.of(-80), null, "thresholds"},
                new Object[]{"1001", List.of(1001), null, "thresholds"},
                new Object[]{"a fraction", List.of(new BigDecimal("80.5")), null, "thresholds"},
                new Object[]{"a string", List.of("80"), null, "thresholds"},
                new Object[]{"a huge number", List.of(new BigInteger("99999999999999999999")), null, "thresholds"},
                new Object[]{"beyond int", List.of(2147483648L), null, "thresholds"},
                new Object[]{"twice the same", List.of(80, 80), null, "thresholds"},
                new Object[]{"not a list", 80, null, "thresholds"},
                new Object[]{"a null inside", Arrays.asList(80, null), null, "thresholds"},
                new Object[]{"notifyClient a string", null, "true", "notifyClient"},
                new Object[]{"notifyClient a number", null, 1, "notifyClient"});
        return cases.stream().map(c -> DynamicTest.dynamicTest((String) c[0], () -> {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> AlertRules.validate(c[1], c[2], CURRENT));
            assertEquals(java.util.Set.of(c[3]), e.errors().keySet());
        }));
    }
}
