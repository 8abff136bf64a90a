package uk.safeguarding.reviews.web.rapidreview;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import uk.safeguarding.reviews.rapidreview.domain.CaseDiscussionNotes;

/** The case discussion notes and the equality consideration (§7.11, Document 12), kept as typed when refused. */
@Named
@ViewScoped
public class MeetingNotesForm implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingPage page;

    private CaseDiscussionNotes notes = new CaseDiscussionNotes();
    private String equality;

    @PostConstruct
    void fill() {
        if (page.getView() != null) {
            notes = page.getView().notes();
            equality = page.getView().equalityConsideration();
        }
    }

    public String save() {
        return page.submit("notes", "saveNotes", meetings -> meetings.writeNotes(page.getId(), notes, equality), "meeting.notes.saved");
    }

    public Map<String, String> getHeadings() {
        return CaseDiscussionNotes.headings();
    }

    public CaseDiscussionNotes getNotes() {
        return notes;
    }

    public String getEquality() {
        return equality;
    }

    public void setEquality(String equality) {
        this.equality = equality;
    }
}
