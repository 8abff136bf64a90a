package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.LocalDate;
import uk.safeguarding.reviews.practicereview.domain.Publication;

/** Where the publication of a review's report stands, as its page shows it (§8.3). */
public record PublicationView(String publicId, Publication.Stage stage, boolean decidedToPublish, LocalDate decidedOn,
        String decisionReasons, String decidedBy, LocalDate panelInformedOn, String panelAdvice,
        LocalDate finalDecidedOn, String finalReasons, String title, LocalDate plannedOn, LocalDate panelCopySentOn,
        LocalDate panelCopyDueBy, String fileName, Integer fileSize, LocalDate publishedOn,
        LocalDate onlineUntilAtLeast, LocalDate takenDownOn, String takeDownReason, boolean webPage)
        implements Serializable {

    /** {@code panelCopyDueBy} is the clock engine's due day for the Panel's copy, null while none runs. */
    static PublicationView of(Publication p, LocalDate panelCopyDueBy) {
        return new PublicationView(p.publicId(), p.stage(), p.decidedToPublish(), p.decidedOn(), p.decisionReasons(),
                p.decidedBy(), p.panelInformedOn(), p.panelAdvice(), p.finalDecidedOn(), p.finalReasons(), p.title(),
                p.plannedOn(), p.panelCopySentOn(), panelCopyDueBy, p.fileName(), p.fileSize(),
                p.publishedOn(), p.onlineUntilAtLeast(), p.takenDownOn(), p.takeDownReason(), p.webVersionId() != null);
    }

    public boolean preparing() {
        return stage == Publication.Stage.PREPARING;
    }
}
