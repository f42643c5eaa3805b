package io.github.clientbudgets.devhost.platform;

import java.lang.reflect.Field;

/**
 * Reads the private state of the compile-only stand-ins (e.g. a {@code JobConfig}'s schedule) where the real
 * Atlassian getters were not verified and are therefore not declared on the stand-in. Host code only.
 */
final class StandInFields {
    private StandInFields() {
    }

    @SuppressWarnings("unchecked")
    static <T> T read(Object target, String fieldName) {
        if (target == null) {
            return null;
        }
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(fieldName);
                f.setAccessible(true);
                return (T) f.get(target);
            } catch (NoSuchFieldException e) {
                // try the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + fieldName + " of " + target.getClass(), e);
            }
        }
        throw new IllegalStateException(target.getClass().getName() + " has no field " + fieldName);
    }
}
