package io.github.clientbudgets.testing;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

import java.util.ArrayList;
import java.util.List;

/** A PageBuilderService for single-class tests: records the contexts and web-resources required, in order. */
public final class RecordingPageBuilder implements PageBuilderService, WebResourceAssembler, RequiredResources {
    public final List<String> contexts = new ArrayList<>();
    public final List<String> webResources = new ArrayList<>();

    @Override
    public WebResourceAssembler assembler() {
        return this;
    }

    @Override
    public com.atlassian.webresource.api.assembler.AssembledResources assembled() {
        return () -> (writer, mode) -> { };
    }

    @Override
    public RequiredResources resources() {
        return this;
    }

    @Override
    public RequiredResources requireWebResource(String moduleCompleteKey) {
        webResources.add(moduleCompleteKey);
        return this;
    }

    @Override
    public RequiredResources requireContext(String context) {
        contexts.add(context);
        return this;
    }
}
