/**
 * Child Safeguarding Practice Reviews (§8 of the 2019 practice review policy), as a kind of the one
 * review engine: commenced by the partners after a Rapid Review recommending one (§5.2: always a
 * local decision, the National Panel's view beside it) or commissioned by the National Panel, and
 * their lead reviewer appointed by the Virtual Panel within 10 working days, to the partnership's
 * Document 5 specification, independent of the case, with a signed contract (§8.1, §3.1).
 */
package uk.safeguarding.reviews.practicereview;
