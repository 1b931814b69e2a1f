package org.medmassage.referral.web;

import java.time.LocalDate;
import java.util.List;
import org.medmassage.referral.prescription.Referral;

/** A referral as the API shows it (PLAN: referral 8081). */
record ReferralResponse(
        String referralId,
        String memberId,
        String status,
        LocalDate validFrom,
        LocalDate validTo,
        PrescriberJson prescriber,
        List<String> diagnosisCodes,
        List<String> procedureCodes,
        int sessions,
        int durationWeeks,
        LocalDate issuedOn) {

    record PrescriberJson(String npi, String name, String type) {
    }

    static ReferralResponse of(Referral referral) {
        return new ReferralResponse(referral.id().value(), referral.memberId(), referral.status().name(),
                referral.window().validFrom(), referral.window().validTo(),
                new PrescriberJson(referral.prescriber().npi(), referral.prescriber().name(), referral.prescriber().type()),
                referral.diagnosisCodes(), referral.procedureCodes(), referral.sessions(), referral.durationWeeks(),
                referral.issuedOn());
    }
}
