package org.medmassage.claims.receipt;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** ALT-01: the letter recommends massage for the conditions it names; one of them must be a diagnosis treated. */
    public boolean names(Collection<String> diagnoses) {
        Set<String> treated = diagnoses.stream().map(LetterOfMedicalNecessity::plain).collect(Collectors.toSet());
        return diagnosisCodes.stream().map(LetterOfMedicalNecessity::plain).anyMatch(treated::contains);
    }

    // ICD-10-CM codes are written with or without their dot (decision 0008)
    private static String plain(String code) {
        return code.replace(".", "").toUpperCase(Locale.ROOT);
    }

    public boolean revokedBy(LocalDate day) {
        return referralRevokedOn != null && !day.isBefore(referralRevokedOn);
    }
}
