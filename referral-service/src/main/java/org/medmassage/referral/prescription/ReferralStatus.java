package org.medmassage.referral.prescription;

/** A recorded referral is complete and valid, hence usable (MN-02); revocation will add REVOKED. */
public enum ReferralStatus {
    ACTIVE
}
