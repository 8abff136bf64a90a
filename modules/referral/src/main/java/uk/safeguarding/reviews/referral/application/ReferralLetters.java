package uk.safeguarding.reviews.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.kernel.mail.Outbox;
import uk.safeguarding.reviews.kernel.mail.OutboxMessage;
import uk.safeguarding.reviews.kernel.mail.OutgoingMail;
import uk.safeguarding.reviews.referral.domain.Referral;
import uk.safeguarding.reviews.tenancy.api.PartnershipAddresses;

/**
 * The letters a referral's progress sends (issue 4, item 7), written to the outbox with the act they
 * report. They carry the reference and a link, never the child's details or the panel's reasons:
 * mail leaves the product's access control, so the reader signs in to see them.
 */
@ApplicationScoped
public class ReferralLetters {

    @Inject
    private Outbox outbox;

    @Inject
    private ClockService clocks;

    @Inject
    private PartnershipAddresses addresses;

    void submitted(Referral referral, boolean resubmission) {
        businessUnit(referral, (resubmission ? "Referral re-submitted: " : "New referral: ") + referral.reference(),
                "Referral " + referral.reference() + (resubmission ? " was re-submitted" : " was received")
                        + ". Forward it to the Virtual Panel within 24 hours (§7.5).");
    }

    /**
     * The panel's mailbox hears of it; so does each member the partnership lists by name (§10.1), at
     * the address the sign-in service holds for them here (issue 14 §2).
     */
    void forwardedToPanel(Referral referral, List<String> listedMembers) {
        clocks.panelMailbox().ifPresent(panel -> outbox.write(new OutgoingMail(panel,
                "For the Virtual Panel: referral " + referral.reference(),
                "Referral " + referral.reference() + " is with the Virtual Panel for a decision within 48 hours (§7.5)."
                        + " Read it and vote: " + link(referral) + "\n")));
        listedMembers.forEach(member -> addresses.emailOf(member).ifPresent(to -> outbox.write(new OutgoingMail(to,
                "Your vote: referral " + referral.reference(), "Referral " + referral.reference() + " is with the"
                        + " Virtual Panel, of which you are a member, for a decision within 48 hours (§7.5). Read it and"
                        + " vote: " + link(referral) + "\n"))));
    }

    /**
     * §7.3: the agency's verifier the referrer named is asked by e-mail too (issue 14 §2). The referral
     * has no reference yet, so the mail names nothing of it but its link.
     */
    void sentForVerification(Referral referral) {
        addresses.emailOf(referral.verifier()).ifPresent(to -> outbox.write(new OutgoingMail(to,
                "A referral to verify for your agency", "A referrer of your agency asks you to verify their referral"
                        + " before the partnership receives it (§7.3). Read it, then verify it or return it with what"
                        + " to change: " + link(referral) + "\n")));
    }

    void panelInformedOfImmediateRapidReview(Referral referral) {
        clocks.panelMailbox().ifPresent(panel -> outbox.write(new OutgoingMail(panel,
                "Rapid Review commenced at once: " + referral.reference(),
                "The business manager commenced a Rapid Review on referral " + referral.reference()
                        + " at once, as §7.5 allows where it is obviously one. " + link(referral) + "\n")));
    }

    void decision(Referral referral, String reviewReference) {
        String outcome = switch (referral.outcome()) {
            case COMMENCE_RAPID_REVIEW -> "a Rapid Review (" + reviewReference + ") has been commenced";
            case LOCAL_CASE_REVIEW -> "a local case review (" + reviewReference + ") will be held";
            case GOOD_OUTCOME_REVIEW -> "a Good Outcome Review (" + reviewReference + ") will be held";
            case INDIVIDUAL_AGENCY_REVIEW -> "an individual agency review (" + reviewReference + ") will be held:"
                    + " the agency concerned will review its own practice and the partnership will check that its"
                    + " learning is addressed";
            case NO_REVIEW -> "no review will be held. If you disagree, say so on the referral's page";
            default -> throw new IllegalStateException(referral.outcome().name());
        };
        referrer(referral, "Decision on your referral " + referral.reference(), "The decision on your referral "
                + referral.reference() + ": " + outcome + ". Read the rationale: " + link(referral) + "\n");
    }

    void returned(Referral referral) {
        referrer(referral, "Your referral " + referral.reference() + " needs more information",
                "The Virtual Panel returned referral " + referral.reference() + " as incomplete. Please add what is"
                        + " missing and re-submit it within 5 working days (§7.5): " + link(referral) + "\n");
    }

    /** §7.3: the agency's verifier sent the referral back; it carries no reference yet, so it is named by its link. */
    void returnedByVerifier(Referral referral) {
        referrer(referral, "Your referral was returned by your agency's verifier",
                "Your agency's verifier returned your referral with a reason (\u00a77.3). Read it, change what is"
                        + " needed and send it again: " + link(referral) + "\n");
    }

    void disagreementReceived(Referral referral) {
        businessUnit(referral, "Disagreement with the decision on " + referral.reference(),
                "The referrer disagrees with the decision of no review on " + referral.reference()
                        + ". Record the Independent Adviser's view and the final decision: " + link(referral) + "\n");
    }

    private void referrer(Referral referral, String subject, String body) {
        if (referral.referrerEmail() != null) {
            outbox.write(new OutgoingMail(referral.referrerEmail(), subject, body));
        }
    }

    private void businessUnit(Referral referral, String subject, String body) {
        String mailbox = clocks.businessUnit().email();
        if (mailbox != null) {
            outbox.write(new OutgoingMail(mailbox, subject, body + " " + link(referral) + "\n"));
        }
    }

    private static String link(Referral referral) {
        return OutboxMessage.APP + "/safeguarding/app/referrals/view.xhtml?id=" + referral.id();
    }
}
