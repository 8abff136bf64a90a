package uk.safeguarding.reviews.referral.domain.content;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks that need more than one field: Bean Validation checks each field; these check how the
 * fields fit together, with the same messages beside the same fields.
 */
public final class ContentChecks {

    private ContentChecks() {
    }

    public static List<FieldProblem> crossField(ReferralContent content, ReferralStep step, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        switch (step) {
            case REFERRER -> verification(content.getReferrer(), problems);
            case FAMILY -> children(content, today, problems);
            case INCIDENT -> incident(content.getIncident(), problems);
            case CRITERIA -> { /* every question answered: Bean Validation */ }
            case NOTIFICATIONS -> notifications(content, problems);
            default -> { /* single-field rules only */ }
        }
        return problems;
    }

    /**
     * §7.3: the agency's verifier on this service verifies it in the product; or the referrer says
     * who verified it in their agency and when; or why it has not been verified.
     */
    private static void verification(ReferrerDetails referrer, List<FieldProblem> problems) {
        if (notBlank(referrer.getVerifierUsername())) {
            if (referrer.getVerifierUsername().strip().contains(" ")) {
                problems.add(new FieldProblem(ReferralStep.REFERRER, "referrer.verifierUsername",
                        "Give the verifier's sign-in name, for example nm.verifier"));
            }
            return;
        }
        boolean verified = notBlank(referrer.getVerifiedBy()) && referrer.getVerifiedOn() != null;
        boolean partly = notBlank(referrer.getVerifiedBy()) != (referrer.getVerifiedOn() != null);
        if (partly) {
            problems.add(new FieldProblem(ReferralStep.REFERRER, notBlank(referrer.getVerifiedBy())
                    ? "referrer.verifiedOn" : "referrer.verifiedBy",
                    "Give both who verified the referral in your agency and when"));
        } else if (!verified && !notBlank(referrer.getNotVerifiedBecause())) {
            problems.add(new FieldProblem(ReferralStep.REFERRER, "referrer.notVerifiedBecause",
                    "Say who verified the referral in your agency and when, name your agency's verifier on this"
                            + " service, or say why it has not been verified (§7.3)"));
        }
    }

    /** A child has a date of birth or an age; is under 18, or a care leaver under 25. */
    private static void children(ReferralContent content, LocalDate today, List<FieldProblem> problems) {
        for (int i = 0; i < content.getChildren().size(); i++) {
            ChildDetails child = content.getChildren().get(i);
            String at = "children[" + i + "]";
            if (child.getDateOfBirth() == null && child.getAgeYears() == null) {
                problems.add(new FieldProblem(ReferralStep.FAMILY, at + ".dateOfBirth",
                        "Enter the child's date of birth, or their age if it is not known"));
                continue;
            }
            int age = child.getDateOfBirth() != null ? Period.between(child.getDateOfBirth(), today).getYears()
                    : child.getAgeYears();
            if (age >= 25) {
                problems.add(new FieldProblem(ReferralStep.FAMILY, at + (child.getDateOfBirth() != null ? ".dateOfBirth"
                        : ".ageYears"), "The child is " + age + ": a referral is about a child, or a care leaver up to 24"));
            } else if (age >= 18 && !child.isCareLeaver()) {
                problems.add(new FieldProblem(ReferralStep.FAMILY, at + ".careLeaver",
                        "The child is " + age + ": from 18 a referral is about a care leaver only (up to 24)"));
            }
        }
    }

    private static void incident(IncidentDetails incident, List<FieldProblem> problems) {
        if (incident.getDate() != null && incident.getLocalAuthorityAwareOn() != null
                && incident.getDate().isAfter(incident.getLocalAuthorityAwareOn())) {
            problems.add(new FieldProblem(ReferralStep.INCIDENT, "incident.date",
                    "The incident cannot be after the date the local authority became aware of it"));
        }
        if (incident.getPlace() == IncidentDetails.Place.ANOTHER_PARTNERSHIPS_AREA
                && !notBlank(incident.getOtherPartnership())) {
            problems.add(new FieldProblem(ReferralStep.INCIDENT, "incident.otherPartnership",
                    "Name the partnership whose area it happened in: that partnership reviews it (§4.3)"));
        }
    }

    /** A looked-after child's death is notified to Ofsted and the Secretary of State (§7.4). */
    private static void notifications(ReferralContent content, List<FieldProblem> problems) {
        boolean lookedAfterDied = content.getIncident().getHarm() == IncidentDetails.Harm.DIED
                && content.getChildren().stream().anyMatch(c -> Boolean.TRUE.equals(c.getLookedAfter()));
        if (lookedAfterDied && content.getOfstedNotifiedOn() == null) {
            problems.add(new FieldProblem(ReferralStep.NOTIFICATIONS, "ofstedNotifiedOn",
                    "A looked-after child died: enter the date Ofsted was notified (§7.4)"));
        }
        if (lookedAfterDied && content.getSecretaryOfStateNotifiedOn() == null) {
            problems.add(new FieldProblem(ReferralStep.NOTIFICATIONS, "secretaryOfStateNotifiedOn",
                    "A looked-after child died: enter the date the Secretary of State was notified (§7.4)"));
        }
        LocalDate aware = content.getIncident().getLocalAuthorityAwareOn();
        if (aware != null && content.getNationalPanelNotifiedOn() != null
                && content.getNationalPanelNotifiedOn().isBefore(aware)) {
            problems.add(new FieldProblem(ReferralStep.NOTIFICATIONS, "nationalPanelNotifiedOn",
                    "The National Panel cannot have been notified before the local authority was aware"));
        }
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
