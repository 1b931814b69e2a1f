package org.medmassage.claims.receipt;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * ALT-01 / ALT-02: a massage session is an HSA/FSA expense only with a letter of medical necessity valid on its date
 * of service (IRS Pub 502: massage "merely beneficial to general health" is not medical care). The latest letter valid
 * that day is named; without one the receipt says why the member's latest letter does not count, and how to get one.
 */
public final class HsaFsaEligibilityPolicy {

    static final String HOW_TO_GET_ONE = "Ask the prescriber who referred you for massage for a letter of medical"
            + " necessity: it names your diagnosis and says massage is recommended to treat it. They issue it from"
            + " your referral (referral-service: POST /referrals/{referralId}/letter-of-medical-necessity). Send"
            + " the letter with this receipt to your HSA or FSA administrator; a letter covers the sessions from the"
            + " day it is issued, for up to 12 months.";

    private static final Comparator<LetterOfMedicalNecessity> LATEST_FIRST = Comparator
            .comparing(LetterOfMedicalNecessity::issuedOn).thenComparing(LetterOfMedicalNecessity::letterId)
            .reversed();

    private HsaFsaEligibilityPolicy() {
    }

    /** {@code diagnoses}: the visit's diagnosis codes; a letter counts only for a condition it names (ALT-01). */
    public static HsaFsaEligibility judge(LocalDate dateOfService, Collection<String> diagnoses,
            Collection<LetterOfMedicalNecessity> letters) {
        Optional<LetterOfMedicalNecessity> valid = letters.stream()
                .filter(letter -> letter.validOn(dateOfService) && letter.names(diagnoses))
                .min(LATEST_FIRST);
        if (valid.isPresent()) {
            LetterOfMedicalNecessity letter = valid.get();
            return new HsaFsaEligibility(true, HsaFsaEligibility.LetterNamed.of(letter),
                    "HSA/FSA-eligible: a medical expense under IRC §213(d), substantiated by letter of medical"
                            + " necessity " + letter.letterId() + " issued " + letter.issuedOn() + " and valid through "
                            + letter.validTo() + ", which covers the date of service " + dateOfService + ".",
                    null);
        }
        return letters.stream().min(LATEST_FIRST)
                .map(latest -> new HsaFsaEligibility(false, HsaFsaEligibility.LetterNamed.of(latest),
                        "Not HSA/FSA-eligible as it stands: " + whyNot(latest, dateOfService, diagnoses),
                        HOW_TO_GET_ONE))
                .orElseGet(() -> new HsaFsaEligibility(false, null, "Not HSA/FSA-eligible as it stands: no letter of"
                        + " medical necessity is on file for you.", HOW_TO_GET_ONE));
    }

    private static String whyNot(LetterOfMedicalNecessity letter, LocalDate dateOfService,
            Collection<String> diagnoses) {
        String named = "your letter of medical necessity " + letter.letterId();
        if (letter.validOn(dateOfService)) {
            return named + " names " + String.join(", ", letter.diagnosisCodes()) + ", not a condition this visit"
                    + " treated (" + String.join(", ", diagnoses) + ").";
        }
        if (letter.revokedBy(dateOfService)) {
            return named + " is no longer valid: its referral was revoked on " + letter.referralRevokedOn()
                    + (letter.revocationReason() == null ? "" : " (" + letter.revocationReason() + ")") + ".";
        }
        if (dateOfService.isBefore(letter.issuedOn())) {
            return named + " was issued on " + letter.issuedOn() + ", after the date of service " + dateOfService
                    + ".";
        }
        return named + " expired on " + letter.validTo() + ", before the date of service " + dateOfService + ".";
    }
}
