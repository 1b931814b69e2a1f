package org.medmassage.claims.payer;

/**
 * The workers' compensation claim a session is billed under (RULEBOOK §7.2): the carrier (or its TPA), the carrier's
 * claim number (837P REF*Y4) and the employer. Carrier and claim number are required on a WORKERS_COMP claim; the
 * employer is kept when sent.
 */
public record WorkersCompensation(String carrierName, String claimNumber, String employerName) {
}
