package uk.safeguarding.reviews.web.rapidreview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.function.BiFunction;
import uk.safeguarding.reviews.chronology.domain.ChronologyEntry;
import uk.safeguarding.reviews.chronology.domain.SignificanceReason;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.rapidreview.application.AgencyReturns;
import uk.safeguarding.reviews.rapidreview.application.AgencyTask;
import uk.safeguarding.reviews.rapidreview.application.CrossBoundaryTasks;
import uk.safeguarding.reviews.rapidreview.application.EntryForm;
import uk.safeguarding.reviews.rapidreview.application.ImportOutcome;
import uk.safeguarding.reviews.rapidreview.domain.AgencySummary;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * An agency contributor's task (§7.7-7.9): the request, the Agency Summary (Document 8), the
 * chronology (Document 9) typed or imported, the records-secured confirmation, and submission.
 * What was typed stays in the form when something is refused.
 */
@Named
@ViewScoped
public class AgencyTaskPage implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The largest chronology file read: 2000 rows of text fit easily. */
    private static final long MAX_IMPORT_BYTES = 10L * 1024 * 1024;

    @Inject
    private AgencyReturns returns;

    @Inject
    private CrossBoundaryTasks crossBoundary;

    private String id;
    /** The partnership that sent a cross-boundary request; null for this partnership's own. */
    private String from;
    private AgencyTask task;
    private AgencySummary summary = new AgencySummary();
    private String recordsRepresentative;
    private Boolean recordsWorkingCopy;
    private EntryForm entry = new EntryForm();
    private transient Part importFile;
    /** The flash key of the last refused import's problems, one per line of the file. */
    private static final String IMPORT_PROBLEMS = "agency.importProblems";

    private List<String> importProblems = List.of();

    @SuppressWarnings("unchecked")
    public void load() {
        Object problems = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash()
                .get(IMPORT_PROBLEMS);
        importProblems = problems instanceof List<?> listed ? (List<String>) listed : List.of();
        try {
            task = call(AgencyReturns::task);
            summary = task.summary();
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (RecordNotFoundException e) {
            Pages.notFound();
        }
    }

    public String saveSummary() {
        try {
            task = call((r, request) -> r.saveSummary(request, summary));
            Messages.info("agency.summary.saved");
            return reload();
        } catch (InvalidFieldException e) {
            Messages.besideField("summary", e);
        }
        return null;
    }

    public String saveEntry() {
        try {
            task = call((r, request) -> r.putEntry(request, entry));
            Messages.info(entry.getId() == null ? "agency.entry.added" : "agency.entry.changed");
            return reload();
        } catch (InvalidFieldException e) {
            Messages.besideField("entry", e);
        }
        return null;
    }

    public void edit(ChronologyEntry chosen) {
        entry = EntryForm.of(chosen);
    }

    public void newEntry() {
        entry = new EntryForm();
    }

    public String removeEntry(String entryId) {
        try {
            task = call((r, request) -> r.removeEntry(request, entryId));
            Messages.info("agency.entry.removed");
            return reload();
        } catch (InvalidFieldException e) {
            Messages.errorFor(null, e.getMessage());
        }
        return null;
    }

    public String importChronology() {
        if (importFile == null || importFile.getSize() == 0) {
            Messages.errorFor("import:file", Messages.text("agency.import.choose"));
            return null;
        }
        if (importFile.getSize() > MAX_IMPORT_BYTES) {
            Messages.errorFor("import:file", Messages.text("agency.import.tooLarge"));
            return null;
        }
        try (InputStream in = importFile.getInputStream()) {
            String fileName = importFile.getSubmittedFileName();
            byte[] content = in.readAllBytes();
            ImportOutcome outcome = call((r, request) -> r.importChronology(request, fileName, content));
            if (outcome.accepted()) {
                Messages.info("agency.import.added", outcome.added());
                return reload();
            }
            // Shown by a fresh request (post, redirect, get): the list then belongs to this file only,
            // and the page cannot render an iteration state from before the import (issue 15, item 4).
            Messages.errorFor("import:file", Messages.text("agency.import.refused", outcome.problems().size()));
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash()
                    .put(IMPORT_PROBLEMS, List.copyOf(outcome.problems()));
            return reload();
        } catch (InvalidFieldException e) {
            Messages.errorFor("import:file", e.getMessage());
        } catch (IOException e) {
            Messages.errorFor("import:file", Messages.text("clocks.import.unreadable"));
        }
        return null;
    }

    /** Keeps what was typed in the summary, then records the confirmation. */
    public String confirmRecordsSecured() {
        try {
            call((r, request) -> r.saveSummary(request, summary));
            task = call((r, request) -> r.confirmRecordsSecured(request, recordsRepresentative, recordsWorkingCopy));
            Messages.info("agency.records.confirmed");
            return reload();
        } catch (InvalidFieldException e) {
            Messages.besideFieldOr("summary", e, "recordsSecured");
        }
        return null;
    }

    /** Saves the summary as typed first, so submitting never loses it, then submits. */
    public String submit() {
        try {
            if (task.isOpen()) {
                task = call((r, request) -> r.saveSummary(request, summary));
            }
            task = call(AgencyReturns::submit);
            Messages.info("agency.submitted");
            return reload();
        } catch (InvalidFieldException e) {
            Messages.errorFor("summary:" + ("status".equals(e.field()) ? "submit" : e.field()), e.getMessage());
            task = call(AgencyReturns::task);
        }
        return null;
    }

    private String reload() {
        return "/app/agency/request?faces-redirect=true&id=" + id + (from == null ? "" : "&from=" + from);
    }

    /**
     * This partnership's request, or one another partnership sent this person's agency (§10.2),
     * worked on there through the one deliberate crossing.
     */
    private <T> T call(BiFunction<AgencyReturns, String, T> work) {
        return from == null || from.isBlank() ? work.apply(returns, id) : crossBoundary.act(from, id, work);
    }

    public SignificanceReason[] getReasons() {
        return SignificanceReason.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public AgencyTask getTask() {
        return task;
    }

    public AgencySummary getSummary() {
        return summary;
    }

    public EntryForm getEntry() {
        return entry;
    }

    public Part getImportFile() {
        return importFile;
    }

    public void setImportFile(Part importFile) {
        this.importFile = importFile;
    }

    public List<String> getImportProblems() {
        return importProblems;
    }

    public String getRecordsRepresentative() {
        return recordsRepresentative;
    }

    public void setRecordsRepresentative(String recordsRepresentative) {
        this.recordsRepresentative = recordsRepresentative;
    }

    public Boolean getRecordsWorkingCopy() {
        return recordsWorkingCopy;
    }

    public void setRecordsWorkingCopy(Boolean recordsWorkingCopy) {
        this.recordsWorkingCopy = recordsWorkingCopy;
    }
}
