package uk.safeguarding.reviews.tenancy.api;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import uk.safeguarding.reviews.kernel.Caller;

/**
 * The one place that says which partnership, and which person, the current thread works for.
 *
 * <p>It is set only by {@link #call} (and {@link #run}), which always restores the previous state
 * in {@code finally}, so a pooled thread never carries a tenant into the next request. Work handed
 * to another thread must be wrapped with the scope explicitly; nothing is inherited. Nesting is
 * allowed only for the same tenant: crossing to another tenant is never an accident.
 */
public final class TenantContext {

    /** The tenant and the caller of one unit of work. */
    public record Scope(ActiveTenant tenant, Caller caller) {
        public Scope {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(caller, "caller");
        }
    }

    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static <T> T call(ActiveTenant tenant, Caller caller, Callable<T> work) throws Exception {
        Scope previous = CURRENT.get();
        if (previous != null && !previous.tenant().id().equals(tenant.id())) {
            throw new IllegalStateException("Already working in tenant " + previous.tenant().slug()
                    + "; refusing to switch to " + tenant.slug() + " on the same thread");
        }
        CURRENT.set(new Scope(tenant, caller));
        try {
            return work.call();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void run(ActiveTenant tenant, Caller caller, Runnable work) {
        try {
            call(tenant, caller, () -> {
                work.run();
                return null;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The current tenant; throws if there is none, so that tenantless access fails closed. */
    public static ActiveTenant tenant() {
        return scope().tenant();
    }

    public static Caller caller() {
        return scope().caller();
    }

    public static Optional<Scope> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    private static Scope scope() {
        Scope scope = CURRENT.get();
        if (scope == null) {
            throw new NoTenantException("No tenant is set for this thread");
        }
        return scope;
    }
}
