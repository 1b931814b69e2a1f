package org.medmassage.claims.intake;

/**
 * How much one claim may carry, whichever door it comes in by (POST /claims validates them, the 837P mapper answers
 * them in its 999): 005010X222A1's own limits for a professional claim.
 */
public final class SubmissionLimits {

    /** Service lines per claim (loop 2400 repeats up to 50). */
    public static final int MAX_LINES = 50;
    /** Diagnosis pointers per claim (HI, 12 codes). */
    public static final int MAX_DIAGNOSES = 12;
    /** CLM01, the patient control number: AN 1-38. */
    public static final int MAX_PATIENT_CONTROL_NUMBER = 38;

    private SubmissionLimits() {
    }
}
