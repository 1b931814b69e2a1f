package org.medmassage.authorization.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.medmassage.authorization.time.DateWindow;

/**
 * What authorization knows of a referral, from ReferralRecorded: whose it is, which services it orders and its two
 * limits, a number of sessions and a validity window (MN-04). "12 sessions over 6 weeks" is both limits at once (MN-05).
 * ReferralRevoked adds why it was withdrawn. {@code prescriberNpi}: who wrote it, who may report the member's progress
 * (MN-06); null for referrals recorded before it was kept.
 */
public record KnownReferral(
        String referralId,
        String memberId,
        List<String> procedureCodes,
        int sessions,
        DateWindow window,
        String revokedReason,
        String prescriberNpi) {

    /** A referral as recorded: not revoked; its prescriber not known. */
    public KnownReferral(String referralId, String memberId, List<String> procedureCodes, int sessions, DateWindow window) {
        this(referralId, memberId, procedureCodes, sessions, window, null, null);
    }

    /** A referral whose prescriber is not known. */
    public KnownReferral(String referralId, String memberId, List<String> procedureCodes, int sessions, DateWindow window,
            String revokedReason) {
        this(referralId, memberId, procedureCodes, sessions, window, revokedReason, null);
    }

    /** A referral as recorded by its prescriber: not revoked. */
    public static KnownReferral recorded(String referralId, String memberId, List<String> procedureCodes, int sessions,
            DateWindow window, String prescriberNpi) {
        return new KnownReferral(referralId, memberId, procedureCodes, sessions, window, null, prescriberNpi);
    }

    public KnownReferral {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(window, "window");
        procedureCodes = List.copyOf(procedureCodes);
        if (sessions < 1) {
            throw new IllegalArgumentException("a referral orders at least one session, got " + sessions);
        }
    }

    public boolean orders(String procedureCode) {
        return procedureCodes.contains(procedureCode);
    }

    /** MN-01: a revoked referral backs no new authorization, whatever its window and sessions still say. */
    public boolean isRevoked() {
        return revokedReason != null;
    }

    public boolean isFor(String member) {
        return memberId.equals(member);
    }

    /**
     * MN-01/MN-04: usable for a session on that date. Expiry is the window's end (ReferralExpired carries the same
     * validTo, ADR 0014); the revocation's date is not kept, so a revoked referral backs no date at all (fail closed).
     */
    public boolean isActiveOn(LocalDate date) {
        return !isRevoked() && window.contains(date);
    }

    /** A referral that lists no procedure codes orders massage as such: it backs every massage code. */
    public boolean backs(String procedureCode) {
        return procedureCodes.isEmpty() || orders(procedureCode);
    }
}
