package uk.safeguarding.reviews.web.shell;

/**
 * The parameters a paged, filtered list reads from its address (issue 14 §2: a narrowed list has its
 * own address): the page, a kind, a year and an order, each as typed; the list's service reads what
 * it can and ignores the rest.
 */
public abstract class ListAddress {

    private String page;
    private String kind;
    private String year;
    private String sort;

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }
}
