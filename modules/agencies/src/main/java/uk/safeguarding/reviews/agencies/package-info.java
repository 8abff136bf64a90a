/** Agencies: who a partnership asks for information, which are statutory partners, and who answers for each (§7.7). */
package uk.safeguarding.reviews.agencies;
