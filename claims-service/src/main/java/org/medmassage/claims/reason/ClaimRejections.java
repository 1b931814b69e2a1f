package org.medmassage.claims.reason;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;

/**
 * The coded rejections claims-service decides on its own, each with the rulebook rule that picks its group and codes.
 * Who carries a denial is this payer's policy, not CARC knowledge, so these stay here rather than beside the shared
 * {@link CodedRejection}.
 */
public final class ClaimRejections {

    private ClaimRejections() {
    }

    // PA-05: no authorization for a service that needs one; provider liability.
    public static CodedRejection noAuthorization(String rarc, String reason) {
        return new CodedRejection(AdjustmentGroup.CO, "197", rarc, reason);
    }

    // PA-05 (Example 6d): a valid authorization that does not cover this service; provider liability.
    public static CodedRejection serviceNotAuthorized(String procedureCodes, String authorizationNumber) {
        return new CodedRejection(AdjustmentGroup.CO, "284", "N54", procedureCodes + " not authorized by "
                + (authorizationNumber == null ? "the authorization" : authorizationNumber));
    }

    // MN-01 (RULEBOOK carc_rarc table): CARC 288 referral absent, RARC N29 referral not received; provider liability.
    public static CodedRejection referralAbsent(String procedureCode, LocalDate dateOfService) {
        return new CodedRejection(AdjustmentGroup.CO, "288", "N29", procedureCode + " on " + dateOfService
                + " has no active referral, which the member's plan requires");
    }

    // CS-06: visit over the plan's visit limit; the patient owes the visit.
    public static CodedRejection benefitLimitReached(String reason) {
        return new CodedRejection(AdjustmentGroup.PR, "119", "N640", reason);
    }

    // CS-06 with liability basis ALLOWED (Example 5 alternative): PR-119 on the allowed amount, CO-45 on the rest.
    public static CodedRejection benefitLimitReachedOnAllowed(String reason) {
        return new CodedRejection(AdjustmentGroup.PR, "119", "N640", reason, true);
    }

    // MN-07 (RULEBOOK carc_rarc table, CARC 50): wellness diagnoses alone do not make massage medically necessary;
    // a contractual denial, so the member owes nothing for it.
    public static CodedRejection notMedicallyNecessary(String procedureCode, List<String> wellnessDiagnoses) {
        return new CodedRejection(AdjustmentGroup.CO, "50", null, procedureCode + " is billed for wellness diagnoses "
                + "only (" + String.join(", ", wellnessDiagnoses) + "), which do not establish medical necessity");
    }

    // CARC 18 (RULEBOOK carc_rarc table: group OA, not CO, X12's note): the service is on another claim already.
    public static CodedRejection exactDuplicate(String procedureCode, int units, UUID originalClaimId,
            int originalLine, LocalDate dateOfService) {
        return new CodedRejection(AdjustmentGroup.OA, "18", null, procedureCode + " x" + units + " on "
                + dateOfService + " is an exact duplicate of line " + originalLine + " of claim " + originalClaimId);
    }

    // RULEBOOK §1.3 (carc_rarc table, CARC 185; RARC N570, decision 0060): the rendering provider is not credentialed
    // with the payer on the date of service; a contractual denial, the member owes nothing.
    public static CodedRejection providerNotCredentialed(String reason) {
        return new CodedRejection(AdjustmentGroup.CO, "185", "N570", reason);
    }

    // RULEBOOK §1.3 (CARC 185; RARC N95, decision 0060): no licence valid on the date of service in the state of
    // service; a contractual denial, the member owes nothing.
    public static CodedRejection providerNotLicensed(String reason) {
        return new CodedRejection(AdjustmentGroup.CO, "185", "N95", reason);
    }

    // RULEBOOK §7.2 (CARC 19, group CO; RARC N4, decision 0068): a work injury is the workers' compensation carrier's
    // liability; the plan pays only with that carrier's denial (P2), which N4 says is missing.
    public static CodedRejection workRelated(LocalDate dateOfInjury) {
        return new CodedRejection(AdjustmentGroup.CO, "19", "N4", "the injury of " + dateOfInjury + " is work related:"
                + " bill the workers' compensation carrier, and this plan only with the carrier's denial");
    }

    // RULEBOOK §7.3 (CARC 21, group CO; RARC N4 as the rulebook pairs them, decision 0068): auto accident care is the
    // no-fault (PIP) carrier's first; the plan pays after it, with its EOB or exhaustion letter.
    public static CodedRejection noFaultCarrierFirst(String accidentState, LocalDate dateOfInjury) {
        return new CodedRejection(AdjustmentGroup.CO, "21", "N4", "the auto accident of " + dateOfInjury + " in "
                + accidentState + " is the no-fault carrier's first: bill the auto insurer's PIP, and this plan with"
                + " its denial or exhaustion letter");
    }
}
