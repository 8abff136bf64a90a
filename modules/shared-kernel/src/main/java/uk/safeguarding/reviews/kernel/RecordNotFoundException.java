package uk.safeguarding.reviews.kernel;

/**
 * No such record in the caller's partnership. Deliberately the same answer whether the record does
 * not exist at all or belongs to another partnership, so that ids reveal nothing across tenants.
 */
public class RecordNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String recordType;
    private final String recordId;

    public RecordNotFoundException(String recordType, String recordId) {
        super(recordType + " not found: " + recordId);
        this.recordType = recordType;
        this.recordId = recordId;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }
}
