package io.github.clientbudgets.access;

import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.servicedesk.api.customer.CustomerContextService;

import java.util.function.Supplier;

/**
 * Runs JSM calls made for a customer in JSM's customer context ({@code CustomerContextService#runInCustomerContext},
 * JSM javadoc 10.3): there JSM's own permission checks apply to a portal-only customer as its portal does, instead of
 * the platform's "licensed users only". Used for JSM work only (organization membership, a portal's project), as the
 * javadoc requires. JSM is optional: no JSM type outside the nested class, and without JSM the call runs as it is
 * (there is no JSM to ask anyway).
 */
public final class JsmCustomerContext {
    private JsmCustomerContext() {
    }

    /** The work, in JSM's customer context when JSM is there. */
    public static <T> T run(Supplier<T> work) {
        Object service = service();
        return service == null ? work.get() : Jsm.run(service, work);
    }

    /** Whether JSM is installed (its customer context service is there): the customers' login is then JSM's. */
    public static boolean jsmPresent() {
        return service() != null;
    }

    private static Object service() {
        try {
            return Jsm.service();
        } catch (LinkageError | RuntimeException noJsm) {
            return null;
        }
    }

    /** Everything that names a JSM class: loaded only when first used, which needs JSM's classes. */
    private static final class Jsm {
        static Object service() {
            return ComponentAccessor.getOSGiComponentInstanceOfType(CustomerContextService.class);
        }

        static <T> T run(Object service, Supplier<T> work) {
            return ((CustomerContextService) service).runInCustomerContext(work::get);
        }
    }
}
