package io.github.clientbudgets.rest;

import io.github.clientbudgets.common.ValidationException;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON parser (RFC 8259) for request bodies, so that what a body may be is the app's rule and not whatever
 * JSON provider the host brings: UTF-8 only, at most {@value #MAX_BYTES} bytes and {@value #MAX_DEPTH} levels of
 * nesting, no duplicate names, nothing after the value. Values come out as Jackson's defaults would (String, Boolean,
 * Integer/Long/BigInteger, Double for a fraction or an exponent, List, Map), so that the request records of {@code rest.json} read them
 * unchanged. Every refusal is a {@link ValidationException} on {@code body}.
 */
final class JsonBody {
    static final int MAX_BYTES = 1_000_000;
    static final int MAX_DEPTH = 32;
    private static final int MAX_NUMBER = 64;
    private final String text;
    private int pos;

    private JsonBody(String text) {
        this.text = text;
    }

    /** The object a body holds; null for an empty body (as "no body"). */
    static Map<String, Object> parseObject(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw ValidationException.of("body", "client-budgets.error.body.large", MAX_BYTES);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ValidationException.of("body", "client-budgets.error.body.utf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte order mark may be ignored (RFC 8259 8.1)
        }
        JsonBody parser = new JsonBody(text);
        parser.skipWhitespace();
        if (parser.pos == text.length()) {
            return null;
        }
        if (text.charAt(parser.pos) != '{') {
            throw ValidationException.of("body", "client-budgets.error.body.object");
        }
        Object value = parser.value(0);
        parser.skipWhitespace();
        if (parser.pos != text.length()) {
            throw parser.malformed();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) value;
        return object;
    }

    private Object value(int depth) {
        skipWhitespace();
        if (pos >= text.length()) {
            throw malformed();
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object(depth + 1);
            case '[' -> array(depth + 1);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || c >= '0' && c <= '9') {
                    yield number();
                }
                throw malformed();
            }
        };
    }

    private Map<String, Object> object(int depth) {
        checkDepth(depth);
        pos++; // {
        Map<String, Object> map = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return map;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw malformed();
            }
            String name = string();
            skipWhitespace();
            expect(':');
            Object value = value(depth);
            if (map.containsKey(name)) {
                // two values for one field: which one counts would be the parser's whim
                throw ValidationException.of("body", "client-budgets.error.body.duplicate", printable(name));
            }
            map.put(name, value);
            skipWhitespace();
            char c = peek();
            pos++;
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                pos--;
                throw malformed();
            }
        }
    }

    private List<Object> array(int depth) {
        checkDepth(depth);
        pos++; // [
        List<Object> list = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            list.add(value(depth));
            skipWhitespace();
            char c = peek();
            pos++;
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                pos--;
                throw malformed();
            }
        }
    }

    private void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw ValidationException.of("body", "client-budgets.error.body.deep", MAX_DEPTH);
        }
    }

    private String string() {
        pos++; // "
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw malformed();
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                pos--;
                throw malformed(); // raw control characters must be escaped in JSON
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw malformed();
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw malformed();
                    }
                    int code = 0;
                    for (int i = 0; i < 4; i++) {
                        int digit = Character.digit(text.charAt(pos++), 16);
                        if (digit < 0) {
                            pos--;
                            throw malformed();
                        }
                        code = code * 16 + digit;
                    }
                    // a lone surrogate is valid JSON but no text: InputPolicy refuses it per field
                    out.append((char) code);
                }
                default -> {
                    pos--;
                    throw malformed();
                }
            }
        }
    }

    private Object number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            while (isDigit(peek())) {
                pos++;
            }
        } else {
            throw malformed();
        }
        boolean whole = true;
        if (peek() == '.') {
            whole = false;
            pos++;
            if (!isDigit(peek())) {
                throw malformed();
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            whole = false;
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw malformed();
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        String token = text.substring(start, pos);
        if (token.length() > MAX_NUMBER) {
            throw ValidationException.of("body", "client-budgets.error.body.number", MAX_NUMBER);
        }
        if (!whole) {
            return Double.valueOf(token); // as Jackson reads it: the request records refuse a fraction rather than round it
        }
        BigInteger value = new BigInteger(token);
        if (value.bitLength() < 32) {
            return value.intValue();
        }
        if (value.bitLength() < 64) {
            return value.longValue();
        }
        return value;
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw malformed();
        }
        pos += word.length();
        return value;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw malformed();
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\uFFFF';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    /** Where the body stops being JSON, as line and column (1-based) of the offending character. */
    private ValidationException malformed() {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return ValidationException.of("body", "client-budgets.error.body.json", line, column);
    }

    /** A field name fit for a message: at most 40 characters, controls shown as '?'. */
    private static String printable(String name) {
        String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
        StringBuilder out = new StringBuilder();
        shown.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) || Character.getType(cp)
                == Character.FORMAT || Character.getType(cp) == Character.SURROGATE ? '?' : cp));
        return out.toString();
    }
}
