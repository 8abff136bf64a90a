package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** §8.1: the lead reviewer the Virtual Panel appoints, and what they confirmed. */
public class AppointmentForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String username;
    private String personName;
    private String organisation;
    private List<String> criteriaConfirmed = new ArrayList<>();
    private boolean independent;
    private String conflicts;
    private boolean policyConfirmed;
    private LocalDate contractSignedOn;
    private String contractFileName;
    private byte[] contractContent;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public List<String> getCriteriaConfirmed() {
        return criteriaConfirmed;
    }

    public void setCriteriaConfirmed(List<String> criteriaConfirmed) {
        this.criteriaConfirmed = criteriaConfirmed == null ? new ArrayList<>() : new ArrayList<>(criteriaConfirmed);
    }

    public boolean isIndependent() {
        return independent;
    }

    public void setIndependent(boolean independent) {
        this.independent = independent;
    }

    public String getConflicts() {
        return conflicts;
    }

    public void setConflicts(String conflicts) {
        this.conflicts = conflicts;
    }

    public boolean isPolicyConfirmed() {
        return policyConfirmed;
    }

    public void setPolicyConfirmed(boolean policyConfirmed) {
        this.policyConfirmed = policyConfirmed;
    }

    public LocalDate getContractSignedOn() {
        return contractSignedOn;
    }

    public void setContractSignedOn(LocalDate contractSignedOn) {
        this.contractSignedOn = contractSignedOn;
    }

    public String getContractFileName() {
        return contractFileName;
    }

    /** The contract as uploaded: its name as the browser gave it, and its bytes. */
    public void attachContract(String fileName, byte[] content) {
        this.contractFileName = fileName;
        this.contractContent = content == null ? null : content.clone();
    }

    byte[] contractContent() {
        return contractContent == null ? null : contractContent.clone();
    }
}
