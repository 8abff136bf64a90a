package uk.safeguarding.reviews.tenancy.api;

/**
 * What a partnership keeps outside its own schema, in the platform's (its subjects' possible-link
 * fingerprints, its inter-board protocols), deleted with its schema when its retention date passes
 * (issue 18). The module that keeps each answers for it.
 */
public interface PartnershipDataElsewhere {

    /** Deletes the partnership's rows of the platform schema that are its data; safe to repeat. */
    void deleteOf(String slug);
}
