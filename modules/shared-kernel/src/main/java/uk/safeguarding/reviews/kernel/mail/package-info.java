/** Outgoing e-mail through the application server's SMTP session. */
package uk.safeguarding.reviews.kernel.mail;
