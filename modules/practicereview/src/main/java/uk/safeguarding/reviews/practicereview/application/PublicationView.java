package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import uk.safeguarding.reviews.practicereview.domain.CopyRequest;
import uk.safeguarding.reviews.practicereview.domain.Publication;

/** Where the publication of a review's report stands, as its page shows it (§8.3). */
public record PublicationView(String publicId, Publication.Stage stage, boolean decidedToPublish, LocalDate decidedOn,
        String decisionReasons, String decidedBy, LocalDate panelInformedOn, String panelAdvice,
        LocalDate finalDecidedOn, String finalReasons, String title, LocalDate plannedOn, LocalDate plannedMovedFrom,
        String plannedMovedWhy, LocalDate panelCopySentOn,
        LocalDate panelCopyDueBy, String fileName, Integer fileSize, LocalDate publishedOn,
        LocalDate onlineUntilAtLeast, LocalDate takenDownOn, String takeDownReason, boolean webPage,
        List<CopyRequestLine> copyRequests) implements Serializable {

    public PublicationView {
        copyRequests = List.copyOf(copyRequests);
    }

    /** A request for a copy after the report came off the public page (§8.3). */
    public record CopyRequestLine(LocalDate requestedOn, String requestedBy, String answer, LocalDate answeredOn,
            String recordedBy) implements Serializable {
    }

    /** {@code panelCopyDueBy} is the clock engine's due day for the Panel's copy, null while none runs. */
    static PublicationView of(Publication p, LocalDate panelCopyDueBy, List<CopyRequest> requests) {
        return new PublicationView(p.publicId(), p.stage(), p.decidedToPublish(), p.decidedOn(), p.decisionReasons(),
                p.decidedBy(), p.panelInformedOn(), p.panelAdvice(), p.finalDecidedOn(), p.finalReasons(), p.title(),
                p.plannedOn(), p.plannedMovedFrom(), p.plannedMovedWhy(), p.panelCopySentOn(), panelCopyDueBy, p.fileName(), p.fileSize(),
                p.publishedOn(), p.onlineUntilAtLeast(), p.takenDownOn(), p.takeDownReason(), p.webVersionId() != null,
                requests.stream().map(r -> new CopyRequestLine(r.requestedOn(), r.requestedBy(), r.answer(),
                        r.answeredOn(), r.recordedBy())).toList());
    }

    public boolean preparing() {
        return stage == Publication.Stage.PREPARING;
    }
}
