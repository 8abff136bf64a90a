package uk.safeguarding.reviews.linking.application;

import java.util.ArrayList;
import java.util.List;

/**
 * What the coordinator enters (shares are {@code SharedItem} names, as check boxes give them) to link two reviews. A review on the instance is named "board/id"
 * (a board's slug and the review's id), as the form's choices give it.
 */
public class LinkForm {

    /** Where the second review is held. */
    public enum Where {
        BOARD,
        ELSEWHERE
    }

    private String first;
    private Where where = Where.BOARD;
    private String second;
    private String elsewhereKind;
    private String elsewhereOwner;
    private String elsewhereReference;
    private String lead;
    private String arrangement;
    private List<String> firstShares = new ArrayList<>();
    private List<String> secondShares = new ArrayList<>();
    private String firstAgreedBy;
    private String secondAgreedBy;

    public String getFirst() {
        return first;
    }

    public void setFirst(String first) {
        this.first = first;
    }

    public Where getWhere() {
        return where;
    }

    public void setWhere(Where where) {
        this.where = where;
    }

    public String getSecond() {
        return second;
    }

    public void setSecond(String second) {
        this.second = second;
    }

    public String getElsewhereKind() {
        return elsewhereKind;
    }

    public void setElsewhereKind(String elsewhereKind) {
        this.elsewhereKind = elsewhereKind;
    }

    public String getElsewhereOwner() {
        return elsewhereOwner;
    }

    public void setElsewhereOwner(String elsewhereOwner) {
        this.elsewhereOwner = elsewhereOwner;
    }

    public String getElsewhereReference() {
        return elsewhereReference;
    }

    public void setElsewhereReference(String elsewhereReference) {
        this.elsewhereReference = elsewhereReference;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getArrangement() {
        return arrangement;
    }

    public void setArrangement(String arrangement) {
        this.arrangement = arrangement;
    }

    public List<String> getFirstShares() {
        return firstShares;
    }

    public void setFirstShares(List<String> firstShares) {
        this.firstShares = firstShares == null ? new ArrayList<>() : firstShares;
    }

    public List<String> getSecondShares() {
        return secondShares;
    }

    public void setSecondShares(List<String> secondShares) {
        this.secondShares = secondShares == null ? new ArrayList<>() : secondShares;
    }

    public String getFirstAgreedBy() {
        return firstAgreedBy;
    }

    public void setFirstAgreedBy(String firstAgreedBy) {
        this.firstAgreedBy = firstAgreedBy;
    }

    public String getSecondAgreedBy() {
        return secondAgreedBy;
    }

    public void setSecondAgreedBy(String secondAgreedBy) {
        this.secondAgreedBy = secondAgreedBy;
    }
}
