package uk.safeguarding.reviews.kernel.mail;

/**
 * Who a partnership's letters come from (issue 15, the documents): its name, and its own address
 * where it has set one (the business unit's mailbox), which replies then reach; without an address
 * the service's sending address is used under the partnership's name.
 */
public record Letterhead(String name, String address) {
}
