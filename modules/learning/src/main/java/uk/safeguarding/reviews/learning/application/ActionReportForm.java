package uk.safeguarding.reviews.learning.application;

import java.io.Serializable;

/** An owner's report on their action: progress, or done with the evidence, and any evidence file. */
public class ActionReportForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private boolean done;
    private String note;
    private String fileName;
    private byte[] file;

    /** A file chosen in the form; a later refusal keeps it. */
    public void attachFile(String name, byte[] bytes) {
        this.fileName = name;
        this.file = bytes == null ? null : bytes.clone();
    }

    public boolean isDone() {
        return done;
    }

    public void setDone(boolean done) {
        this.done = done;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getFileName() {
        return fileName;
    }

    byte[] file() {
        return file == null ? null : file.clone();
    }
}
