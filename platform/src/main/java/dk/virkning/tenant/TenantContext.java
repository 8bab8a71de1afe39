package dk.virkning.tenant;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant the current thread works for. Set once at the edge of a request (from the path, checked
 * against the token) and read by Hibernate's tenant filter and by the database session setting that
 * row-level security checks.
 */
public final class TenantContext {

    /** Sees every tenant: only for system work and investor aggregates that span municipalities. */
    public static final String ALL_TENANTS = "*";

    /** Matches no tenant: the value when nothing was set, so that a forgotten context reads nothing. */
    public static final String NO_TENANT = "";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TenantContext() {}

    /** The current tenant key, {@link #ALL_TENANTS}, or {@link #NO_TENANT}. */
    public static String current() {
        String tenant = CURRENT.get();
        return tenant == null ? NO_TENANT : tenant;
    }

    /** The current municipality, if the thread works for exactly one. */
    public static Optional<String> municipality() {
        String tenant = current();
        return tenant.isEmpty() || ALL_TENANTS.equals(tenant) ? Optional.empty() : Optional.of(tenant);
    }

    static void set(String tenant) {
        CURRENT.set(tenant);
    }

    static void clear() {
        CURRENT.remove();
    }

    /** Runs {@code work} for one tenant and restores the previous context afterwards. */
    public static <T> T callAs(String tenant, Supplier<T> work) {
        String previous = CURRENT.get();
        CURRENT.set(tenant);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** Runs {@code work} for one tenant and restores the previous context afterwards. */
    public static void runAs(String tenant, Runnable work) {
        callAs(tenant, () -> {
            work.run();
            return null;
        });
    }
}
