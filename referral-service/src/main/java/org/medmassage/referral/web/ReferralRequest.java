package org.medmassage.referral.web;

import java.time.LocalDate;
import java.util.List;
import org.medmassage.referral.validation.ReferralSubmission;

/**
 * POST /referrals body. Every field is optional here on purpose: the domain reports every missing or invalid field
 * at once, with its rulebook ID, instead of stopping at the first constraint.
 */
record ReferralRequest(
        String memberId,
        PrescriberJson prescriber,
        List<String> diagnosisCodes,
        List<String> procedureCodes,
        Integer sessions,
        Integer durationWeeks,
        LocalDate issuedOn) {

    record PrescriberJson(String npi, String name, String type) {
    }

    String prescriberNpi() {
        return prescriber == null ? null : prescriber.npi();
    }

    ReferralSubmission toSubmission() {
        return new ReferralSubmission(memberId,
                prescriber == null ? null
                        : new ReferralSubmission.SubmittedPrescriber(prescriber.npi(), prescriber.name(), prescriber.type()),
                diagnosisCodes, procedureCodes, sessions, durationWeeks, issuedOn);
    }
}
