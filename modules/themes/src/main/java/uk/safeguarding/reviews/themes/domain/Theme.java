package uk.safeguarding.reviews.themes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * One theme of the partnership's taxonomy: a stable code (what tags hold), the name people read, its
 * place in the list, the taxonomy version that added it and the one that retired it, if any. A
 * retired theme is never deleted: the records tagged with it keep showing its name.
 */
@Entity
@Table(name = "theme")
public class Theme {

    @Id
    private String code;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private int position;

    @Column(name = "added_in", nullable = false)
    private int addedIn;

    @Column(name = "retired_in")
    private Integer retiredIn;

    protected Theme() {
        // for JPA
    }

    public Theme(String code, String label, int position, int addedIn) {
        this.code = Objects.requireNonNull(code);
        this.label = Objects.requireNonNull(label);
        this.position = position;
        this.addedIn = addedIn;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public int position() {
        return position;
    }

    public int addedIn() {
        return addedIn;
    }

    public Integer retiredIn() {
        return retiredIn;
    }

    public boolean isRetired() {
        return retiredIn != null;
    }

    /** Listed again in version {@code version}: in use, in its new place, named as now typed. */
    void keep(String label, int position) {
        this.label = label;
        this.position = position;
        this.retiredIn = null;
    }

    /** Left out of version {@code version}: no longer offered; records tagged with it keep it. */
    void retire(int version) {
        if (retiredIn == null) {
            retiredIn = version;
        }
    }
}
