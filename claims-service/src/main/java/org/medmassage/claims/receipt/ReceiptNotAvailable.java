package org.medmassage.claims.receipt;

/** ALT-02: a receipt is for a session that was paid; a claim denied, pended, voided or still in process has none. */
public class ReceiptNotAvailable extends RuntimeException {

    private final String claimId;
    private final String status;

    public ReceiptNotAvailable(String claimId, String status) {
        super("claim " + claimId + " is " + status + ": a receipt is given for a session paid by the plan"
                + " (PAID or PARTIALLY_PAID) or paid by the patient (self-pay)");
        this.claimId = claimId;
        this.status = status;
    }

    public String claimId() {
        return claimId;
    }

    public String status() {
        return status;
    }
}
