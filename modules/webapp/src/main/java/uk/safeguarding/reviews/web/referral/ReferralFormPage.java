package uk.safeguarding.reviews.web.referral;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.referral.application.AttachmentLine;
import uk.safeguarding.reviews.referral.application.IncompleteReferralException;
import uk.safeguarding.reviews.referral.application.ReferralAttachments;
import uk.safeguarding.reviews.referral.application.ReferralService;
import uk.safeguarding.reviews.referral.domain.ReferralKind;
import uk.safeguarding.reviews.referral.domain.content.AdultDetails;
import uk.safeguarding.reviews.referral.domain.content.AgencyInvolvement;
import uk.safeguarding.reviews.referral.domain.content.ChildDetails;
import uk.safeguarding.reviews.referral.domain.content.CriteriaAnswer;
import uk.safeguarding.reviews.referral.domain.content.FieldProblem;
import uk.safeguarding.reviews.referral.domain.content.IncidentDetails;
import uk.safeguarding.reviews.referral.domain.content.ReferralContent;
import uk.safeguarding.reviews.referral.domain.content.ReferralStep;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * The Referral Form (Document 7), one step at a time. Every move between steps, and a timer every
 * minute, saves the whole form as it stands; problems are shown beside their fields and in a summary,
 * and never cost what was typed. The last step checks everything and submits.
 */
@Named
@ViewScoped
public class ReferralFormPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String CHECK = "CHECK";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    private ReferralService referrals;

    @Inject
    private Clock clock;

    @Inject
    private ReferralAttachments attachments;

    private transient jakarta.servlet.http.Part attachment;
    private List<AttachmentLine> attached = List.of();

    private String id;
    private ReferralKind kind;
    /** Keyed in by the business unit from outside (§7.3-7.4): the sender's agency verified it, not this service. */
    private boolean keyedIn;
    private String step;
    private List<ReferralService.AgencyChoice> agencies;
    private ReferralContent content;
    private String savedAt;
    private List<FieldProblem> allProblems = List.of();

    public void load() {
        try {
            if (content == null) {
                content = referrals.content(id);
                var detail = referrals.detail(id);
                kind = detail.kind();
                keyedIn = detail.outside() != null;
            }
            if (step == null || step.isBlank() || !CHECK.equals(step) && !kind.steps().contains(ReferralStep.valueOf(step))) {
                step = kind.steps().get(0).name();
            }
            if (CHECK.equals(step)) {
                allProblems = referrals.problemsOf(id);
            }
            attached = attachments.list(id);
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (RecordNotFoundException | IllegalArgumentException e) {
            Pages.notFound();
        }
    }

    /** Saves, and moves on only when this step has no problems. */
    public String saveAndContinue() {
        ReferralStep current = ReferralStep.valueOf(step);
        List<FieldProblem> problems = save(current);
        if (!problems.isEmpty()) {
            problems.forEach(p -> Messages.errorFor(fieldId(p.field()), p.message()));
            return null;
        }
        ReferralStep next = current.next(kind.steps());
        return go(next == null ? CHECK : next.name());
    }

    /** Saves (problems and all) and goes back a step. */
    public String back() {
        if (CHECK.equals(step)) {
            return go(kind.steps().get(kind.steps().size() - 1).name());
        }
        ReferralStep current = ReferralStep.valueOf(step);
        save(current);
        ReferralStep previous = current.previous(kind.steps());
        return previous == null ? null : go(previous.name());
    }

    /** The timer's save: quiet, so the referrer is not interrupted. */
    public void autosave() {
        if (!CHECK.equals(step)) {
            save(ReferralStep.valueOf(step));
        }
    }

    public String submit() {
        try {
            boolean withVerifier = "AWAITING_VERIFICATION".equals(referrals.submit(id).status());
            Messages.info(withVerifier ? "referral.sentForVerification" : "referral.submitted");
            return "/app/referrals/view?faces-redirect=true&id=" + id;
        } catch (IncompleteReferralException e) {
            allProblems = e.problems();
            Messages.errorFor(null, Messages.text("referral.form.incomplete"));
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (RefusedException e) {
            Messages.errorFor(null, e.getMessage());
        }
        return null;
    }

    /** Saves the form as it stands, then adds the chosen file; a refused file says why and costs nothing typed. */
    public String upload() {
        save(ReferralStep.valueOf(step));
        if (attachment == null || attachment.getSize() == 0) {
            Messages.errorFor("form:attachment", Messages.text("referral.form.attachment.choose"));
            return null;
        }
        try (java.io.InputStream in = attachment.getInputStream()) {
            attachments.upload(id, attachment.getSubmittedFileName(), attachment.getContentType(), attachment.getSize(), in);
            Messages.info("referral.form.attachment.added");
            return go(step);
        } catch (InvalidFieldException e) {
            Messages.errorFor("form:attachment", e.getMessage());
        } catch (java.io.IOException e) {
            Messages.errorFor("form:attachment", Messages.text("clocks.import.unreadable"));
        }
        return null;
    }

    public String removeAttachment(String attachmentId) {
        save(ReferralStep.valueOf(step));
        attachments.remove(attachmentId);
        return go(step);
    }

    public jakarta.servlet.http.Part getAttachment() {
        return attachment;
    }

    public void setAttachment(jakarta.servlet.http.Part attachment) {
        this.attachment = attachment;
    }

    public List<AttachmentLine> getAttached() {
        return attached;
    }

    public String getAttachmentRules() {
        var policy = attachments.policy();
        return Messages.text("referral.form.attachment.rules", String.join(", ", policy.extensions()),
                policy.maxBytes() / (1024 * 1024));
    }

    private List<FieldProblem> save(ReferralStep current) {
        List<FieldProblem> problems = referrals.saveStep(id, current, content);
        savedAt = LocalTime.now(clock.withZone(java.time.ZoneId.of("Europe/London"))).format(TIME);
        return problems;
    }

    private String go(String nextStep) {
        return "/app/referrals/form?faces-redirect=true&id=" + id + "&step=" + nextStep;
    }

    /** "children[0].name" is the field "form:children:0:name"; "referrer.name" is "form:referrer_name". */
    static String fieldId(String path) {
        String id = path.replaceAll("\\[(\\d+)]\\.", ":$1:");
        int lastColon = id.lastIndexOf(':');
        String head = lastColon < 0 ? "" : id.substring(0, lastColon + 1);
        String tail = (lastColon < 0 ? id : id.substring(lastColon + 1)).replace('.', '_');
        return "form:" + head + tail;
    }

    public void addChild() {
        content.getChildren().add(new ChildDetails());
    }

    public void removeChild(int index) {
        content.getChildren().remove(index);
    }

    public void addAdult() {
        content.getAdults().add(new AdultDetails());
    }

    public void removeAdult(int index) {
        content.getAdults().remove(index);
    }

    public void addAgency() {
        content.getAgencies().add(new AgencyInvolvement());
    }

    public void removeAgency(int index) {
        content.getAgencies().remove(index);
    }

    public String linkTo(FieldProblem problem) {
        return "form.xhtml?id=" + id + "&step=" + problem.step().name();
    }

    public List<ReferralStep> getSteps() {
        return kind == null ? List.of() : kind.steps();
    }

    public boolean isKeyedIn() {
        return keyedIn;
    }

    public ReferralKind getKind() {
        return kind;
    }

    public boolean isFirstStep() {
        return kind != null && kind.steps().get(0).name().equals(step);
    }

    public ChildDetails.ProtectionPlan[] getPlans() {
        return ChildDetails.ProtectionPlan.values();
    }

    public IncidentDetails.Place[] getPlaces() {
        return IncidentDetails.Place.values();
    }

    public IncidentDetails.Harm[] getHarms() {
        return IncidentDetails.Harm.values();
    }

    public IncidentDetails.AbuseOrNeglect[] getAbuseOrNeglectOptions() {
        return IncidentDetails.AbuseOrNeglect.values();
    }

    public CriteriaAnswer.Answer[] getAnswers() {
        return CriteriaAnswer.Answer.values();
    }

    public boolean isChecking() {
        return CHECK.equals(step);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getStep() {
        return step;
    }

    /** §10.3 a: the partnership's agencies, for the referrer to choose theirs from. */
    public List<ReferralService.AgencyChoice> getAgencies() {
        if (agencies == null) {
            agencies = referrals.referrerAgencies();
        }
        return agencies;
    }

    public void setStep(String step) {
        this.step = step;
    }

    public ReferralContent getContent() {
        return content;
    }

    public String getSavedAt() {
        return savedAt;
    }

    public List<FieldProblem> getAllProblems() {
        return allProblems;
    }
}
