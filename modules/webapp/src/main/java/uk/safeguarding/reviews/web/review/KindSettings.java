package uk.safeguarding.reviews.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.review.application.KindDefinitionView;
import uk.safeguarding.reviews.review.application.ReviewKinds;
import uk.safeguarding.reviews.review.domain.kind.Capability;
import uk.safeguarding.reviews.review.domain.kind.StageDefinition;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * The partnership's kinds of review (issue 13 §1): each kind's stages as the version in force has
 * them, and a new version of one kind, saved with a reason, refused beside the definition when it
 * names anything the product does not know.
 */
@Named
@ViewScoped
public class KindSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewKinds kinds;

    private List<KindDefinitionView> inForce = List.of();
    private String kind;
    private String definition;
    private String reason;

    public void load() {
        try {
            inForce = kinds.inForce();
            if (definition == null && kind != null) {
                definition = inForce.stream().filter(k -> k.kindKey().equals(kind)).findFirst()
                        .map(KindDefinitionView::json).orElse(null);
                if (definition == null) {
                    kind = null;
                }
            }
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public String publish() {
        try {
            KindDefinitionView published = kinds.publish(kind, definition, reason);
            Messages.info("kinds.published", published.definition().name(), published.version());
            return "/app/settings/kinds?faces-redirect=true";
        } catch (InvalidFieldException e) {
            Messages.besideField("kindForm", e);
        }
        return null;
    }

    /** "requests, meeting": the work a stage allows, in the order the product lists it. */
    public String capabilities(StageDefinition stage) {
        return String.join(", ", stage.capabilities().stream().sorted().map(Capability::key).toList());
    }

    public List<KindDefinitionView> getInForce() {
        return inForce;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
