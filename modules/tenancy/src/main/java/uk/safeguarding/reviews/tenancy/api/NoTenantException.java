package uk.safeguarding.reviews.tenancy.api;

/** Case data was touched outside a tenant scope. Always a programming error: fail closed. */
public class NoTenantException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public NoTenantException(String message) {
        super(message);
    }
}
