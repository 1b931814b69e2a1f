package org.medmassage.referral.prescription;

/**
 * A recorded referral is ACTIVE (complete and valid, MN-02) until its window ends (EXPIRED, MN-04) or it is withdrawn
 * (REVOKED). Only an ACTIVE referral may be used for a session; EXPIRED and REVOKED are final.
 */
public enum ReferralStatus {
    ACTIVE,
    EXPIRED,
    REVOKED
}
