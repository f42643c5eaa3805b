package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.common.Errors;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * Reads typed fields out of a request body as {@code JsonBody} parsed it (strings, booleans, whole numbers as
 * Integer/Long/BigInteger, fractions as BigDecimal, lists, maps). A field of the wrong type is an error on that
 * field; absent and {@code null} are both null. Money and hours travel as decimal strings; a JSON number with a
 * fraction is refused rather than read as a double.
 */
final class JsonFields {
    private JsonFields() {
    }

    static Map<String, Object> orEmpty(Map<String, Object> body) {
        return body == null ? Map.of() : body;
    }

    static String text(Map<String, Object> json, String field, Errors errors) {
        Object v = json.get(field);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        errors.add(field, "client-budgets.error.string");
        return null;
    }

    /** Decimal strings, or whole JSON numbers; never a double. */
    static String decimal(Map<String, Object> json, String field, Errors errors) {
        Object v = json.get(field);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof BigInteger) {
            return v.toString();
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        errors.add(field, "client-budgets.error.decimalString");
        return null;
    }

    static Boolean bool(Map<String, Object> json, String field, Errors errors) {
        Object v = json.get(field);
        if (v == null || v instanceof Boolean) {
            return (Boolean) v;
        }
        errors.add(field, "client-budgets.error.boolean");
        return null;
    }

    static Integer integer(Map<String, Object> json, String field, Errors errors) {
        Object v = json.get(field);
        if (v == null || v instanceof Integer) {
            return (Integer) v;
        }
        errors.add(field, "client-budgets.error.integer");
        return null;
    }

    /** A positive whole number that fits a long, or null. */
    static Long id(Map<String, Object> json, String field, Errors errors) {
        Object v = json.get(field);
        if (v == null) {
            return null;
        }
        Long id = positiveId(v);
        if (id == null) {
            errors.add(field, "client-budgets.error.id");
        }
        return id;
    }

    static Long positiveId(Object v) {
        return (v instanceof Integer || v instanceof Long) && ((Number) v).longValue() > 0 ? ((Number) v).longValue() : null;
    }
}
