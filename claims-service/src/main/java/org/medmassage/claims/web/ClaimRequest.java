package org.medmassage.claims.web;

import static org.medmassage.claims.intake.SubmissionLimits.MAX_DIAGNOSES;
import static org.medmassage.claims.intake.SubmissionLimits.MAX_LINES;
import static org.medmassage.claims.intake.SubmissionLimits.MAX_PATIENT_CONTROL_NUMBER;

import org.medmassage.support.web.Identifier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.medmassage.claims.intake.ClaimFrequency;
import org.medmassage.claims.intake.ClaimSubmission;

/**
 * POST /claims body: an 837P-shaped professional claim for one date of service (RULEBOOK §8.1). Optional: the billing
 * provider (2010AA, the rendering one by default), the patient control number (CLM01), the referral number (REF*9F),
 * the frequency code (CLM05-3: 1 original by default, 7 replacement, 8 void) with the prior claim's id (REF*F8); the
 * payer (SBR09, HEALTH_PLAN by default) and the injury: related causes (CLM11), the accident's state, the date of
 * injury (DTP*439), the workers' compensation claim (REF*Y4) and a prior payer's denial (decision 0068).
 */
record ClaimRequest(
        @NotBlank @Identifier String memberId,
        @Identifier String authorizationNumber,
        @NotBlank @Identifier String renderingProviderNpi,
        @NotNull LocalDate dateOfService,
        @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit CMS place-of-service code") String placeOfService,
        @NotEmpty @Size(max = MAX_DIAGNOSES) List<@NotBlank String> diagnosisCodes,
        @NotEmpty @Size(max = MAX_LINES) List<@Valid @NotNull ClaimLineRequest> lines,
        @Identifier String billingProviderNpi,
        @Identifier @Size(max = MAX_PATIENT_CONTROL_NUMBER,
                message = "must be at most 38 characters (X12 CLM01)") String patientControlNumber,
        @Identifier String referralNumber,
        @Pattern(regexp = "[178]", message = "must be 1 (original), 7 (replacement) or 8 (void) (837P CLM05-3)")
                String frequencyCode,
        @Identifier String originalClaimId,
        @Pattern(regexp = "HEALTH_PLAN|WORKERS_COMP|AUTO_PIP|SELF_PAY",
                message = "must be HEALTH_PLAN, WORKERS_COMP, AUTO_PIP (837P SBR09 CI, WC, AM) or SELF_PAY")
                String payer,
        @Size(max = 3) List<@NotNull @Pattern(regexp = "EMPLOYMENT|AUTO_ACCIDENT|OTHER_ACCIDENT",
                message = "must be EMPLOYMENT, AUTO_ACCIDENT or OTHER_ACCIDENT (837P CLM11 EM, AA, OA)")
                String> relatedCauses,
        @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter USPS state code") String accidentState,
        LocalDate dateOfInjury,
        @Valid PayerRequest.WorkersCompensationJson workersCompensation,
        @Valid PayerRequest.PriorPayerDenialJson priorPayerDenial) {


    /** POS 11 (office) is the default setting of a massage session (RULEBOOK §4.5). */
    private static final String OFFICE = "11";

    /** Frequency 8 voids a prior claim: nothing in it is adjudicated, so it is answered 200, not 202. */
    boolean voidsPriorClaim() {
        return frequency() == ClaimFrequency.VOID;
    }

    ClaimSubmission toSubmission() {
        return new ClaimSubmission(memberId, blankToNull(authorizationNumber), renderingProviderNpi, dateOfService,
                placeOfService == null ? OFFICE : placeOfService, diagnosisCodes,
                lines.stream().map(ClaimLineRequest::toSubmittedLine).toList(), blankToNull(billingProviderNpi),
                blankToNull(patientControlNumber), blankToNull(referralNumber), frequency(),
                blankToNull(originalClaimId), PayerRequest.toPayer(payer, relatedCauses, accidentState, dateOfInjury,
                        workersCompensation, priorPayerDenial));
    }

    private ClaimFrequency frequency() {
        return frequencyCode == null ? ClaimFrequency.ORIGINAL : ClaimFrequency.ofCode(frequencyCode).orElseThrow(
                () -> new IllegalStateException("frequencyCode " + frequencyCode + " passed validation"));
    }

    private static String blankToNull(String value) {
        return PayerRequest.blankToNull(value);
    }
}
