package io.github.clientbudgets.testing;

import java.util.HashMap;
import java.util.Map;

/** A context provider for the dev host's web-panel test (the ContextProvider shape: init, getContextMap). */
public final class TestContextProvider {
    private String greeting = "";

    public void init(Map<String, String> params) {
        greeting = params.getOrDefault("greeting", "");
    }

    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        result.put("greeting", greeting);
        return result;
    }
}
