package org.medmassage.referral.prescription;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A recorded referral (prescription) for medical massage: complete (MN-02), from an allowed prescriber (MN-03), for
 * diagnoses billable on the day it was written (DX-07, DX-08) that establish medical necessity (MN-07), usable for
 * {@code sessions} visits inside {@code window} (MN-04, MN-05). Diagnosis codes are rendered with the dot (DX-06).
 */
public record Referral(
        ReferralId id,
        String memberId,
        Prescriber prescriber,
        List<String> diagnosisCodes,
        List<String> procedureCodes,
        int sessions,
        int durationWeeks,
        LocalDate issuedOn,
        ValidityWindow window,
        ReferralStatus status) {

    public Referral {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(prescriber, "prescriber");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(status, "status");
        diagnosisCodes = List.copyOf(diagnosisCodes);
        procedureCodes = List.copyOf(procedureCodes);
        if (diagnosisCodes.isEmpty() || procedureCodes.isEmpty() || sessions < 1 || durationWeeks < 1) {
            throw new IllegalArgumentException("a referral has diagnoses, services, sessions and a duration (MN-02)");
        }
    }
}
