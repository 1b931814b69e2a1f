package org.medmassage.referral.prescription;

/** A lifecycle step asked of a referral that is already EXPIRED or REVOKED (both final). */
public class ReferralNotActiveException extends RuntimeException {

    private final transient ReferralStatus status;

    public ReferralNotActiveException(ReferralId id, ReferralStatus status, String action) {
        super("referral " + id + " is " + status.name().toLowerCase() + ": cannot " + action + " it");
        this.status = status;
    }

    public ReferralStatus status() {
        return status;
    }
}
