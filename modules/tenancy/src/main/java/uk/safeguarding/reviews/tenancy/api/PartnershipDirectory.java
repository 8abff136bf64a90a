package uk.safeguarding.reviews.tenancy.api;

import java.util.List;

/**
 * Where a partnership's people and roles live (Keycloak, issue 18): one group per role under
 * {@code /partnerships/<slug>}, each granting its realm role, which is what
 * {@code identity.UserIdentity} reads from the token. Every method is idempotent: a second call after
 * a failure half way finishes the job and creates nothing twice.
 */
public interface PartnershipDirectory {

    /** Creates the partnership's group and one group per partnership role under it, each granting its role. */
    void ensureGroups(String slug);

    /**
     * Gives the person a role (its claim name) in the partnership. A person new to the service is
     * created and sent the directory's e-mail to set a password; one who has not yet set one is sent it
     * again; one who already signs in is only given the role.
     */
    Placed place(String slug, String roleClaimName, String fullName, String email);

    /** Takes a role away from the person in the partnership; nothing happens if they do not hold it. */
    void remove(String slug, String roleClaimName, String email);

    /** The partnership's people with the roles each holds there, by name. */
    List<Member> people(String slug);

    /**
     * Deletes the partnership's group and its role groups (issue 18: its data deleted after its
     * retention date); its people keep their accounts and any other partnership's roles. Nothing
     * happens if it has none.
     */
    void removeGroups(String slug);

    /** How many people hold any of the partnership's roles (0 if it has no groups); a count only, for the platform's list. */
    int headcount(String slug);

    /** The paths of the partnership's groups, sorted (empty if it has none). */
    List<String> groupPaths(String slug);

    /** The e-mail addresses of the people holding a role (its claim name) in the partnership, sorted. */
    List<String> membersOf(String slug, String roleClaimName);

    /**
     * The e-mail address of the person who signs in as {@code username}, if they hold a role in the
     * partnership {@code slug}; nobody outside it is found, whoever they are elsewhere.
     */
    java.util.Optional<String> emailOf(String slug, String username);

    /** A person of the partnership: what the directory knows and the roles (claim names) they hold there. */
    record Member(String email, String name, List<String> roles, boolean hasSignedInBefore) {
    }

    /** How a person was given a role. */
    enum Placed {
        /** New to the service, or never signed in: sent the e-mail to set a password. */
        INVITED,
        /** Already signs in to the service: given the role, no e-mail. */
        ADDED
    }

    /** The directory refused or could not be reached; the message says which step and why, plainly. */
    class DirectoryException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DirectoryException(String message) {
            super(message);
        }

        public DirectoryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
