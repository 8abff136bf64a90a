package uk.safeguarding.reviews.web.practicereview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.BiFunction;
import uk.safeguarding.reviews.practicereview.application.FamilyForm;
import uk.safeguarding.reviews.practicereview.application.FamilyInvolvement;
import uk.safeguarding.reviews.practicereview.application.FamilyMemberView;
import uk.safeguarding.reviews.practicereview.application.FamilyView;
import uk.safeguarding.reviews.practicereview.domain.FamilyMember;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * A review's family involvement (§6, Document 3): each family member, the decision on involving them
 * with its reasons, who facilitates, what may not be shared, the contacts and their feedback; and the
 * forms that record each.
 */
@Named
@ViewScoped
public class FamilyPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private FamilyInvolvement family;

    private String id;
    private FamilyView view;
    private final FamilyForm form = new FamilyForm();

    public void load() {
        view = Pages.shownOrNull(() -> family.of(id));
    }

    public String add() {
        return attempt("addForm", "add", family::add, "family.added");
    }

    public String decide() {
        return attempt("decideForm", "decide", family::decide, "family.decided");
    }

    public String contact() {
        return attempt("contactForm", "recordContact", family::contact, "family.contactRecorded");
    }

    public String feedback() {
        return attempt("feedbackForm", "recordFeedback", family::feedback, "family.feedbackRecorded");
    }

    private String attempt(String formId, String button, BiFunction<String, FamilyForm, FamilyView> action,
            String doneKey) {
        return FormActions.attempt(formId, button, () -> action.apply(id, form), doneKey,
                "/app/reviews/family?faces-redirect=true&id=" + id);
    }

    /** The members whose involvement is decided as "involved": the ones contacts and feedback are for. */
    public List<FamilyMemberView> getInvolved() {
        return view == null ? List.of() : view.members().stream().filter(FamilyMemberView::involved).toList();
    }

    public FamilyMember.Involvement[] getDecisions() {
        return new FamilyMember.Involvement[] {FamilyMember.Involvement.INVOLVED, FamilyMember.Involvement.NOT_INVOLVED};
    }

    public FamilyMember.ContactKind[] getContactKinds() {
        return FamilyMember.ContactKind.values();
    }

    public FamilyView getView() {
        return view;
    }

    public FamilyForm getForm() {
        return form;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
