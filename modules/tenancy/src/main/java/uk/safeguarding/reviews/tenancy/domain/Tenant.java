package uk.safeguarding.reviews.tenancy.domain;

import java.util.Objects;
import java.util.regex.Pattern;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;

/** One partnership or board on the instance, as held in the platform schema's registry. */
public record Tenant(String id, String slug, String displayName, BoardKind boardKind, String schemaName,
        TenantStatus status) {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,40}");

    public Tenant {
        Objects.requireNonNull(id, "id");
        requireValidSlug(slug);
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("A tenant needs a display name");
        }
        Objects.requireNonNull(boardKind, "boardKind");
        Objects.requireNonNull(status, "status");
        if (!ActiveTenant.isTenantSchemaName(schemaName)) {
            throw new IllegalArgumentException("Not a tenant schema name: " + schemaName);
        }
    }

    public static void requireValidSlug(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("A tenant slug is 2-41 lower-case letters, digits or hyphens,"
                    + " starting with a letter: " + slug);
        }
    }

    /** The schema a slug's case data lives in; derived, so no user input ever names a schema. */
    public static String schemaNameFor(String slug) {
        requireValidSlug(slug);
        return "tenant_" + slug.replace('-', '_');
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }

    public ActiveTenant asActive() {
        if (!isActive()) {
            throw new IllegalStateException("Tenant " + slug + " is " + status);
        }
        return new ActiveTenant(id, slug, displayName, schemaName);
    }

    public Tenant withStatus(TenantStatus newStatus) {
        return new Tenant(id, slug, displayName, boardKind, schemaName, newStatus);
    }
}
