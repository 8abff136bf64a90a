/** What pages and other modules call: links, the coordinator's board, board reviews, possible links. */
package uk.safeguarding.reviews.linking.application;
