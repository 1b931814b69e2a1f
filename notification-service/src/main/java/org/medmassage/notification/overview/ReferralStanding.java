package org.medmassage.notification.overview;

import java.time.LocalDate;
import java.util.List;
import org.medmassage.events.referral.ReferralExpired;
import org.medmassage.events.referral.ReferralRecorded;
import org.medmassage.events.referral.ReferralRevoked;

/** The member's latest referral for massage, as the portal shows it: what was prescribed, and whether it still holds. */
public record ReferralStanding(
        String referralId,
        String status,
        List<String> diagnosisCodes,
        int sessions,
        int durationWeeks,
        LocalDate validFrom,
        LocalDate validTo) {

    public static final String ACTIVE = "ACTIVE";

    static ReferralStanding recorded(ReferralRecorded referral) {
        return new ReferralStanding(referral.referralId(), ACTIVE, List.copyOf(referral.diagnosisCodes()),
                referral.sessions(), referral.durationWeeks(), referral.validFrom(), referral.validTo());
    }

    /** A revocation or expiry of an older referral says nothing about the one the member has now. */
    ReferralStanding revoked(ReferralRevoked revoked) {
        return referralId.equals(revoked.referralId()) ? withStatus("REVOKED") : this;
    }

    ReferralStanding expired(ReferralExpired expired) {
        return referralId.equals(expired.referralId()) ? withStatus("EXPIRED") : this;
    }

    private ReferralStanding withStatus(String newStatus) {
        return new ReferralStanding(referralId, newStatus, diagnosisCodes, sessions, durationWeeks, validFrom, validTo);
    }
}
