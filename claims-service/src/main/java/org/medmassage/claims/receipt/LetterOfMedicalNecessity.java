package org.medmassage.claims.receipt;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A letter of medical necessity as referral-service announced it (MedicalNecessityLetterIssued, ALT-01), with the
 * day its referral was revoked and why (ReferralRevoked; null while it stands). It substantiates the sessions from
 * the day it was issued to {@code validTo}, both included, and none from the day its referral was revoked.
 */
public record LetterOfMedicalNecessity(String letterId, String referralId, String memberId,
        List<String> diagnosisCodes, LocalDate issuedOn, LocalDate validTo, LocalDate referralRevokedOn,
        String revocationReason) {

    public LetterOfMedicalNecessity {
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(validTo, "validTo");
        diagnosisCodes = diagnosisCodes == null ? List.of() : List.copyOf(diagnosisCodes);
    }

    /** A letter whose referral stands. */
    public LetterOfMedicalNecessity(String letterId, String referralId, String memberId, List<String> diagnosisCodes,
            LocalDate issuedOn, LocalDate validTo) {
        this(letterId, referralId, memberId, diagnosisCodes, issuedOn, validTo, null, null);
    }

    public LetterOfMedicalNecessity revokedOn(LocalDate day, String reason) {
        return new LetterOfMedicalNecessity(letterId, referralId, memberId, diagnosisCodes, issuedOn, validTo, day,
                reason);
    }

    // ALT-01: issued on or before the date of service, not past validTo, its referral not revoked by then
    public boolean validOn(LocalDate dateOfService) {
        return !dateOfService.isBefore(issuedOn) && !dateOfService.isAfter(validTo) && !revokedBy(dateOfService);
    }

    public boolean revokedBy(LocalDate day) {
        return referralRevokedOn != null && !day.isBefore(referralRevokedOn);
    }
}
