package io.github.clientbudgets.devhost.web;

import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.util.RuntimeServicesAware;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

import java.lang.reflect.Method;
import java.util.Map;

/**
 * Velocity's introspection with the method allowlist enforced: every method call and every property read
 * ({@code $x.name} calls {@code getName()}, {@code $map.key} calls {@code Map#get(Object)}) is checked against
 * {@link VelocityAllowlist} before it is resolved.
 */
public final class AllowlistUberspect extends UberspectImpl implements RuntimeServicesAware {
    static final String ATTRIBUTE = AllowlistUberspect.class.getName();
    private VelocityAllowlist allowlist = new VelocityAllowlist(java.util.Set.of());

    @Override
    public void setRuntimeServices(RuntimeServices rs) {
        Object value = rs.getApplicationAttribute(ATTRIBUTE);
        if (value instanceof VelocityAllowlist) {
            allowlist = (VelocityAllowlist) value;
        }
    }

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) throws Exception {
        if (obj != null) {
            Method method = introspector.getMethod(obj.getClass(), methodName, args);
            if (method != null) {
                check(obj.getClass(), method, info);
            }
        }
        return super.getMethod(obj, methodName, args, info);
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) throws Exception {
        VelPropertyGet getter = super.getPropertyGet(obj, identifier, info);
        if (obj instanceof Map && getter != null) {
            // $map.key reads Map#get(Object)
            check(obj.getClass(), Map.class.getMethod("get", Object.class), info);
        } else if (obj != null && getter != null) {
            String name = getter.getMethodName();
            for (Method method : obj.getClass().getMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() <= 1) {
                    check(obj.getClass(), method, info);
                    break;
                }
            }
        }
        return getter;
    }

    private void check(Class<?> type, Method method, Info info) {
        if (!allowlist.allows(type, method)) {
            String signature = VelocityAllowlist.signature(method.getDeclaringClass(), method);
            throw new VelocityAllowlist.NotAllowlistedException("Velocity method allowlist: " + signature
                    + " is not allowlisted (called at " + info + "); add <method>" + signature
                    + "</method> to the plugin's <velocity-allowlist>");
        }
    }
}
