package uk.safeguarding.reviews.practicereview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One item of one of the partnership's lists ({@link PartnershipList}), in its place. */
@Entity
@Table(name = "partnership_list_item")
@IdClass(ListItem.Key.class)
public class ListItem {

    /** The list and the place in it. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String listKey;
        private int position;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.position == position && Objects.equals(key.listKey, listKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(listKey, position);
        }
    }

    @Id
    @Column(name = "list_key")
    private String listKey;

    @Id
    private int position;

    @Column(nullable = false)
    private String text;

    protected ListItem() {
        // for JPA
    }

    public ListItem(PartnershipList list, int position, String text) {
        this.listKey = list.key();
        this.position = position;
        this.text = Objects.requireNonNull(text);
    }

    public int position() {
        return position;
    }

    public String text() {
        return text;
    }
}
