/**
 * Learning into practice (§9 of the 2019 practice review policy): every review's action plan, agreed
 * by the review group and handed over to the business unit to monitor; its actions, from the report's
 * recommendations and the Rapid Review's immediate actions (§7.12) or added, each with an owner in an
 * agency, a timescale the clock engine counts and the change it should make; the owners' progress
 * with evidence; and the business unit's verification, or the action's return with a reason.
 */
package uk.safeguarding.reviews.learning;
