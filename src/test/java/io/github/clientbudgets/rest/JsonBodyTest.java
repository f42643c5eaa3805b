package io.github.clientbudgets.rest;

import io.github.clientbudgets.common.Message;
import io.github.clientbudgets.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonBodyTest {
    private static Map<String, Object> parse(String json) {
        return JsonBody.parseObject(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Message refusal(String json) {
        ValidationException e = assertThrows(ValidationException.class, () -> parse(json), json);
        assertEquals(List.of("body"), List.copyOf(e.errors().keySet()));
        return e.errors().get("body");
    }

    @Test
    void readsValuesAsJacksonWould() {
        Map<String, Object> m = parse(" {\"s\":\"a\\u00e9\\n\\\"\\/\",\"i\":42,\"neg\":-7,\"l\":3000000000,\"big\":"
                + "123456789012345678901234567890,\"d\":12.5,\"e\":1e3,\"t\":true,\"f\":false,\"n\":null,"
                + "\"list\":[1,\"x\",[]],\"o\":{\"k\":{}}} \r\n");
        assertEquals("aé\n\"/", m.get("s"));
        assertEquals(42, m.get("i"));
        assertEquals(-7, m.get("neg"));
        assertEquals(3_000_000_000L, m.get("l"));
        assertEquals(new BigInteger("123456789012345678901234567890"), m.get("big"));
        assertEquals(12.5, m.get("d"));
        assertEquals(1000.0, m.get("e"));
        assertEquals(true, m.get("t"));
        assertEquals(false, m.get("f"));
        assertNull(m.get("n"));
        assertEquals(List.of(1, "x", List.of()), m.get("list"));
        assertEquals(Map.of("k", Map.of()), m.get("o"));
        assertEquals(Integer.MAX_VALUE, parse("{\"v\":2147483647}").get("v"));
        assertEquals(2147483648L, parse("{\"v\":2147483648}").get("v"));
        assertEquals(Integer.MIN_VALUE, parse("{\"v\":-2147483648}").get("v"));
    }

    @Test
    void anEmptyBodyIsNoBody() {
        assertNull(parse(""));
        assertNull(parse(" \n\t "));
    }

    @Test
    void escapedNulAndLoneSurrogatesPassToThePolicy() {
        // valid JSON; InputPolicy refuses them per field, with the field's name
        assertEquals("a\u0000b", parse("{\"s\":\"a\\u0000b\"}").get("s"));
        assertEquals("\uD800", parse("{\"s\":\"\\ud800\"}").get("s"));
    }

    @Test
    void depthUpTo32() {
        String ok = "{\"a\":".repeat(31) + "{}" + "}".repeat(31);
        assertEquals(1, parse(ok).size());
        assertEquals("client-budgets.error.body.deep", refusal("{\"a\":".repeat(32) + "{}" + "}".repeat(32)).key());
        assertEquals("client-budgets.error.body.deep", refusal("{\"a\":" + "[".repeat(32) + "]".repeat(32) + "}").key());
        assertEquals(1, parse("{\"a\":" + "[".repeat(31) + "]".repeat(31) + "}").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{,}", "{'a':1}", "{a:1}", "{\"a\":1}}",
            "{\"a\":1} x", "{\"a\":[1,]}", "{\"a\":[1 2]}", "{\"a\":\"x}", "{\"a\":\"\\q\"}", "{\"a\":\"\\u00g0\"}",
            "{\"a\":\"\\u00\"}", "{\"a\":01}", "{\"a\":-}", "{\"a\":1.}", "{\"a\":.1}", "{\"a\":1e}", "{\"a\":+1}",
            "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":tru}", "{\"a\":nul}", "{\"a\":\"tab\there\"}", "{/**/}",
            "{\"a\":1 /* x */}", "{\"a\" 1}"})
    void malformedIsRefusedWithItsPlace(String json) {
        assertEquals("client-budgets.error.body.json", refusal(json).key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"}", "[]", "[1]", "\"x\"", "42", "null", "true"})
    void onlyAnObjectIsABody(String json) {
        assertEquals("client-budgets.error.body.object", refusal(json).key());
    }

    @Test
    void theRestOfTheRules() {
        assertEquals("client-budgets.error.body.duplicate", refusal("{\"a\":1,\"a\":1}").key());
        assertEquals("client-budgets.error.body.number", refusal("{\"a\":" + "1".repeat(65) + "}").key());
        assertEquals(1, parse("{\"a\":" + "1".repeat(64) + "}").size());
        assertEquals(List.of("3", "3"), refusal("{\n  \"a\":\n  x}").args()); // line 3, column 3: the x
        ValidationException large = assertThrows(ValidationException.class,
                () -> JsonBody.parseObject(new byte[JsonBody.MAX_BYTES + 1]));
        assertEquals("client-budgets.error.body.large", large.errors().get("body").key());
        ValidationException utf8 = assertThrows(ValidationException.class,
                () -> JsonBody.parseObject(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'}));
        assertEquals("client-budgets.error.body.utf8", utf8.errors().get("body").key());
        assertEquals(1, parse("\uFEFF{\"a\":1}").size());
    }
}
