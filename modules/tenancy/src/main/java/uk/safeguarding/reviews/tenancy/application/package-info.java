/** Tenancy use cases: provisioning a tenant and migrating every schema before traffic. */
package uk.safeguarding.reviews.tenancy.application;
