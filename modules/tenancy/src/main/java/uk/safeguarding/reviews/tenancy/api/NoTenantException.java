package uk.safeguarding.reviews.tenancy.api;

/**
 * Case data was touched outside a tenant scope. Always a programming error: fail closed, and never
 * mistaken for a refusal a page would show beside a field (so not an IllegalStateException).
 */
public class NoTenantException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoTenantException(String message) {
        super(message);
    }
}
