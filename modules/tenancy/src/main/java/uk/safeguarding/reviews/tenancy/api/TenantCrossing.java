package uk.safeguarding.reviews.tenancy.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import uk.safeguarding.reviews.kernel.Caller;

/**
 * The one deliberate way for work in one partnership to ask something of another (issue 6: a
 * linked review's shared items). The question runs on its own thread, inside the other
 * partnership's {@link TenantContext} and its own transaction, so it sees only that partnership's
 * schema and is audited there; the asking thread's tenant, connection and transaction are never
 * switched. Callers decide, and check, what may be asked.
 */
@ApplicationScoped
public class TenantCrossing {

    private static final long TIMEOUT_SECONDS = 30;

    @Resource
    private ManagedExecutorService executor;

    public <T> T callIn(ActiveTenant tenant, Caller caller, Callable<T> work) {
        Optional<TenantContext.Scope> here = TenantContext.current();
        if (here.isPresent() && here.get().tenant().id().equals(tenant.id())) {
            return call(tenant, caller, work);
        }
        Future<T> answer = executor.submit(() -> TenantContext.call(tenant, caller, work));
        try {
            return answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking " + tenant.slug(), e);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new IllegalStateException(tenant.slug() + " did not answer within " + TIMEOUT_SECONDS + " s", e);
        }
    }

    private static <T> T call(ActiveTenant tenant, Caller caller, Callable<T> work) {
        try {
            return TenantContext.call(tenant, caller, work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
