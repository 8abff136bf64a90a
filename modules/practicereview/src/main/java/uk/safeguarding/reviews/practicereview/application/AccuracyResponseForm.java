package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.reviews.practicereview.domain.AccuracyRequest;

/** An agency's answer on a draft report's factual accuracy (§8.3): comments, each on a part, or none. */
public class AccuracyResponseForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Row> comments = new ArrayList<>(List.of(new Row()));
    private boolean noComments;

    public void addComment() {
        comments.add(new Row());
    }

    List<AccuracyRequest.CommentLines> lines() {
        return comments.stream().map(r -> new AccuracyRequest.CommentLines(r.getPart(), r.getText())).toList();
    }

    public List<Row> getComments() {
        return comments;
    }

    public boolean isNoComments() {
        return noComments;
    }

    public void setNoComments(boolean noComments) {
        this.noComments = noComments;
    }

    /** One comment's boxes: the part of the report it is about, and the comment. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;

        private String part;
        private String text;

        public String getPart() {
            return part;
        }

        public void setPart(String part) {
            this.part = part;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }
}
