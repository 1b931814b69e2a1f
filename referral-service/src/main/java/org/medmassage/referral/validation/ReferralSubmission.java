package org.medmassage.referral.validation;

import java.time.LocalDate;
import java.util.List;

/** A referral as submitted, before any check: every field may be missing or wrong. */
public record ReferralSubmission(
        String memberId,
        SubmittedPrescriber prescriber,
        List<String> diagnosisCodes,
        List<String> procedureCodes,
        Integer sessions,
        Integer durationWeeks,
        LocalDate issuedOn) {

    /** The prescriber as submitted. */
    public record SubmittedPrescriber(String npi, String name, String type) {
    }
}
