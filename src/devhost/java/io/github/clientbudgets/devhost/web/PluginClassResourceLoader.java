package io.github.clientbudgets.devhost.web;

import org.apache.commons.collections.ExtendedProperties;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;

import java.io.InputStream;

/** Loads Velocity templates from the plugin's class loader (names with or without a leading slash). */
public final class PluginClassResourceLoader extends ResourceLoader {
    static final String ATTRIBUTE = PluginClassResourceLoader.class.getName();

    @Override
    public void init(ExtendedProperties configuration) {
    }

    private ClassLoader loader() {
        Object value = rsvc.getApplicationAttribute(ATTRIBUTE);
        return value instanceof ClassLoader ? (ClassLoader) value : getClass().getClassLoader();
    }

    @Override
    public InputStream getResourceStream(String source) {
        String name = source.startsWith("/") ? source.substring(1) : source;
        InputStream in = loader().getResourceAsStream(name);
        if (in == null) {
            throw new ResourceNotFoundException("template " + source + " is not on the plugin class path");
        }
        return in;
    }

    @Override
    public boolean isSourceModified(Resource resource) {
        return false;
    }

    @Override
    public long getLastModified(Resource resource) {
        return 0;
    }
}
