package org.medmassage.referral.letter;

import java.time.LocalDate;
import org.medmassage.referral.prescription.Referral;
import org.medmassage.referral.prescription.ReferralStatus;

/**
 * ALT-01: a letter substantiates sessions while VALID; once its referral is REVOKED it no longer does (the
 * prescriber withdrew the order it rests on), and after its last valid day it has EXPIRED. An expired referral
 * leaves its letter valid: the letter covers up to 12 months of the course of care, not only the referral's window.
 */
public enum LetterStatus {
    VALID,
    EXPIRED,
    REVOKED;

    /** The status of a letter valid through {@code validTo} of {@code referral}, read on {@code today}. */
    public static LetterStatus of(Referral referral, LocalDate validTo, LocalDate today) {
        if (referral.status() == ReferralStatus.REVOKED) {
            return REVOKED;
        }
        return today.isAfter(validTo) ? EXPIRED : VALID;
    }

    /** Why a letter is not valid; null when it is. */
    public static String reason(LetterStatus status, Referral referral, LocalDate validTo) {
        return switch (status) {
            case VALID -> null;
            case EXPIRED -> "ALT-01: the letter was valid through " + validTo + "; ask the prescriber for a new one.";
            case REVOKED -> "ALT-01: the referral this letter rests on was revoked"
                    + (referral.statusReason() == null ? "" : " (" + referral.statusReason() + ")")
                    + "; the letter no longer substantiates a session.";
        };
    }
}
