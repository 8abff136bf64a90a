package uk.safeguarding.reviews.practicereview.domain;

import uk.safeguarding.reviews.kernel.AttachedDocument;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * §8.1: "The Practice Review Virtual Panel will appoint a lead reviewer within 10 working days of
 * decision to commence a fuller review. The lead reviewer ... should meet the minimum criteria in
 * the Review Chair and Lead Reviewer Specification (Document 5) and confirm they have read and will
 * adhere to this practice review policy, and have a signed contract in place." With §3.1: reviews are
 * led by people independent of the case and of the organisations reviewed. An appointment missing
 * any of these is refused, beside the field that lacks it.
 */
@Entity
@Table(name = "lead_reviewer_appointment")
public class LeadReviewerAppointment {

    /** A contract is a letter-sized document, not an archive: 10 MB is generous. */
    public static final int MAX_CONTRACT_BYTES = 10 * 1024 * 1024;


    @Id
    private String id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private String reviewId;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "person_name", nullable = false, updatable = false)
    private String personName;

    @Column(nullable = false, updatable = false)
    private String organisation;

    /** The specification's points, as worded when they were confirmed, one to a line. */
    @Column(name = "criteria_met", nullable = false, updatable = false)
    private String criteriaMet;

    @Column(name = "independence_declared", nullable = false, updatable = false)
    private boolean independenceDeclared;

    @Column(updatable = false)
    private String conflicts;

    @Column(name = "policy_confirmed", nullable = false, updatable = false)
    private boolean policyConfirmed;

    @Column(name = "contract_signed_on", nullable = false, updatable = false)
    private LocalDate contractSignedOn;

    @Column(name = "contract_file_name", nullable = false, updatable = false)
    private String contractFileName;

    @Column(name = "contract_size", nullable = false, updatable = false)
    private int contractSize;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "contract_content", nullable = false, updatable = false)
    private byte[] contractContent;

    @Column(name = "appointed_by", nullable = false, updatable = false)
    private String appointedBy;

    @Column(name = "appointed_at", nullable = false, updatable = false)
    private OffsetDateTime appointedAt;

    protected LeadReviewerAppointment() {
        // for JPA
    }

    /** What the Virtual Panel records about the person it appoints. */
    public record Candidate(String username, String personName, String organisation, List<String> criteriaConfirmed,
            boolean independenceDeclared, String conflicts, boolean policyConfirmed, LocalDate contractSignedOn,
            String contractFileName, byte[] contractContent) {
    }

    /**
     * The appointment, checked against the partnership's {@code specification} (each of its points
     * must be confirmed): refused beside the first field that lacks what §8.1 and §3.1 ask.
     */
    public static LeadReviewerAppointment appoint(String reviewId, Candidate candidate, List<String> specification,
            String by, OffsetDateTime at, LocalDate today) {
        String name = Texts.required("personName", candidate.personName(),
                "practicereview.lead-reviewer-appointment.enter-lead-reviewer-name");
        Texts.requireAtMost("personName", name, 200);
        Texts.required("username", candidate.username(),
                "practicereview.lead-reviewer-appointment.enter-sign-name-lead-reviewer");
        String organisation = Texts.required("organisation", candidate.organisation(),
                "practicereview.lead-reviewer-appointment.enter-organisation-lead-reviewer-works");
        Texts.requireAtMost("organisation", organisation, 200);
        List<String> confirmed = candidate.criteriaConfirmed() == null ? List.of() : candidate.criteriaConfirmed();
        List<String> missing = new ArrayList<>(specification);
        missing.removeAll(confirmed);
        if (!missing.isEmpty()) {
            throw InvalidFieldException.refused("criteria",
                    "practicereview.lead-reviewer-appointment.confirm-lead-reviewer-meets-every", missing.size(),
                    specification.size(), missing.get(0));
        }
        if (!candidate.independenceDeclared()) {
            throw InvalidFieldException.refused("independent",
                    "practicereview.lead-reviewer-appointment.lead-reviewer-must-declare-they");
        }
        String conflicts = Texts.blankToNull(candidate.conflicts());
        Texts.requireAtMost("conflicts", conflicts, 2000);
        if (!candidate.policyConfirmed()) {
            throw InvalidFieldException.refused("policyConfirmed",
                    "practicereview.lead-reviewer-appointment.lead-reviewer-must-confirm-they");
        }
        if (candidate.contractSignedOn() == null) {
            throw InvalidFieldException.refused("contractSignedOn",
                    "practicereview.lead-reviewer-appointment.enter-date-contract-was-signed");
        }
        if (candidate.contractSignedOn().isAfter(today)) {
            throw InvalidFieldException.refused("contractSignedOn",
                    "practicereview.lead-reviewer-appointment.contract-must-signed-already-date");
        }
        AttachedDocument contract = AttachedDocument.of("contract", "signed contract", candidate.contractFileName(),
                candidate.contractContent(), MAX_CONTRACT_BYTES);
        LeadReviewerAppointment appointment = new LeadReviewerAppointment();
        appointment.id = UUID.randomUUID().toString();
        appointment.reviewId = Objects.requireNonNull(reviewId);
        appointment.username = candidate.username().strip();
        appointment.personName = name;
        appointment.organisation = organisation;
        appointment.criteriaMet = String.join("\n", specification);
        appointment.independenceDeclared = true;
        appointment.conflicts = conflicts;
        appointment.policyConfirmed = true;
        appointment.contractSignedOn = candidate.contractSignedOn();
        appointment.contractFileName = contract.fileName();
        appointment.contractSize = contract.content().length;
        appointment.contractContent = contract.content();
        appointment.appointedBy = Objects.requireNonNull(by);
        appointment.appointedAt = Objects.requireNonNull(at);
        return appointment;
    }


    public String id() {
        return id;
    }

    public String reviewId() {
        return reviewId;
    }

    public String username() {
        return username;
    }

    public String personName() {
        return personName;
    }

    public String organisation() {
        return organisation;
    }

    public List<String> criteriaMet() {
        return List.of(criteriaMet.split("\n"));
    }

    public boolean independenceDeclared() {
        return independenceDeclared;
    }

    public String conflicts() {
        return conflicts;
    }

    public boolean policyConfirmed() {
        return policyConfirmed;
    }

    public LocalDate contractSignedOn() {
        return contractSignedOn;
    }

    public String contractFileName() {
        return contractFileName;
    }

    public int contractSize() {
        return contractSize;
    }

    public byte[] contractContent() {
        return contractContent.clone();
    }

    public String appointedBy() {
        return appointedBy;
    }

    public OffsetDateTime appointedAt() {
        return appointedAt;
    }
}
