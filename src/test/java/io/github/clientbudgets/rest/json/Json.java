package io.github.clientbudgets.rest.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.clientbudgets.i18n.I18nText;

import java.io.Serializable;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The mappers' records as JSON text, written by a Jackson 2 mapper set up the unkind way (nulls left out by
 * default): the records' own annotations must decide which nulls are written, whatever the host's mapper does.
 */
final class Json {
    private static final ObjectMapper UNKIND = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, true);

    private Json() {
    }

    static String of(Object value) {
        try {
            return UNKIND.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** A I18nText whose i18n answers "text(key)" (and "text(key|arg)"). */
    static I18nText text() {
        I18nResolver i18n = mock(I18nResolver.class);
        when(i18n.getText(anyString())).thenAnswer(a -> "text(" + a.getArgument(0) + ")");
        when(i18n.getText(anyString(), any(Serializable[].class))).thenAnswer(a -> {
            Object[] all = a.getArguments();
            StringBuilder s = new StringBuilder("text(").append(all[0]);
            for (int i = 1; i < all.length; i++) {
                s.append('|').append(all[i]);
            }
            return s.append(')').toString();
        });
        return new I18nText(i18n);
    }
}
