package org.medmassage.referral.prescription;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A recorded referral (prescription) for medical massage: complete (MN-02), from an allowed prescriber (MN-03), for
 * diagnoses billable on the day it was written (DX-07, DX-08) that establish medical necessity (MN-07), usable for
 * {@code sessions} visits inside {@code window} (MN-04, MN-05). Diagnosis codes are rendered with the dot (DX-06).
 * {@code sessionsUsed} is what authorization-service reports; {@code statusReason} says why it was revoked.
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
        ReferralStatus status,
        int sessionsUsed,
        String statusReason) {

    public Referral {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(prescriber, "prescriber");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(status, "status");
        diagnosisCodes = List.copyOf(diagnosisCodes);
        procedureCodes = List.copyOf(procedureCodes);
        if (diagnosisCodes.isEmpty() || procedureCodes.isEmpty() || sessions < 1 || durationWeeks < 1 || sessionsUsed < 0) {
            throw new IllegalArgumentException("a referral has diagnoses, services, sessions and a duration (MN-02)");
        }
    }

    /** MN-05: sessions still available; never negative, even if more were reported than ordered. */
    public int sessionsRemaining() {
        return Math.max(0, sessions - sessionsUsed);
    }

    /** MN-04: an ACTIVE referral whose last valid day is before {@code today} has ended. */
    public boolean hasEndedBy(LocalDate today) {
        return status == ReferralStatus.ACTIVE && window.validTo().isBefore(today);
    }

    /**
     * MN-04/MN-05 for session number {@code sessionNumber} (1-based) on {@code dateOfService}: allowed only while
     * ACTIVE, inside the window and within the sessions ordered — "12 sessions over 6 weeks" is both limits.
     */
    public SessionDecision allowsSession(int sessionNumber, LocalDate dateOfService) {
        if (status != ReferralStatus.ACTIVE) {
            return SessionDecision.outside("MN-01", "the referral is " + status.name().toLowerCase());
        }
        if (!window.contains(dateOfService)) {
            return SessionDecision.outside("MN-04", dateOfService + " is outside the referral's window "
                    + window.validFrom() + " … " + window.validTo());
        }
        if (sessionNumber > sessions) {
            return SessionDecision.outside("MN-05", "session " + sessionNumber + " is beyond the " + sessions
                    + " sessions ordered");
        }
        return SessionDecision.INSIDE;
    }

    /** Ended by its window (MN-04); only an ACTIVE referral can expire. */
    public Referral expire() {
        requireActive("expire");
        return withStatus(ReferralStatus.EXPIRED, null);
    }

    /** Withdrawn by the prescriber or the payer; only an ACTIVE referral can be revoked. */
    public Referral revoke(String reason) {
        requireActive("revoke");
        return withStatus(ReferralStatus.REVOKED, reason);
    }

    private void requireActive(String action) {
        if (status != ReferralStatus.ACTIVE) {
            throw new ReferralNotActiveException(id, status, action);
        }
    }

    private Referral withStatus(ReferralStatus newStatus, String reason) {
        return new Referral(id, memberId, prescriber, diagnosisCodes, procedureCodes, sessions, durationWeeks, issuedOn,
                window, newStatus, sessionsUsed, reason);
    }
}
