package io.github.clientbudgets.devhost.plugin;

import net.java.ao.RawEntity;

import java.util.List;

/** The Active Objects entities the descriptor's {@code <ao>} modules name, loaded, in descriptor order. */
public final class PluginEntities {
    private PluginEntities() {
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] of(PluginDescriptor descriptor, ClassLoader loader) {
        List<Class<?>> classes = descriptor.modules("ao").stream()
                .flatMap(m -> m.childTexts("entity").stream())
                .<Class<?>>map(name -> load(name, loader))
                .toList();
        return classes.toArray(new Class[0]);
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            Class<?> type = Class.forName(name, false, loader);
            if (!RawEntity.class.isAssignableFrom(type)) {
                throw new PluginDescriptor.DescriptorException("<ao> entity " + name + " is not an AO entity");
            }
            return type;
        } catch (ClassNotFoundException e) {
            throw new PluginDescriptor.DescriptorException("<ao> names entity " + name + ", which does not exist", e);
        }
    }
}
