package org.medmassage.claims.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.medmassage.claims.payer.ClaimPayer;

/**
 * A claim as the provider sent it (837P-shaped), before coding edits and pricing. {@code billingProviderNpi}
 * (2010AA), {@code patientControlNumber} (CLM01), {@code referralNumber} (REF*9F) and {@code originalClaimId} (REF*F8)
 * are null when not sent; {@code frequency} (CLM05-3) is ORIGINAL unless it replaces or voids a prior claim.
 * {@code payer}: who it is billed to and the injury behind it (SBR09, CLM11, DTP*439, REF*Y4), the health plan with no
 * injury when the claim says nothing.
 */
public record ClaimSubmission(
        String memberId,
        String authorizationNumber,
        String renderingProviderNpi,
        LocalDate dateOfService,
        String placeOfService,
        List<String> diagnosisCodes,
        List<SubmittedLine> lines,
        String billingProviderNpi,
        String patientControlNumber,
        String referralNumber,
        ClaimFrequency frequency,
        String originalClaimId,
        ClaimPayer payer) {

    public ClaimSubmission {
        diagnosisCodes = List.copyOf(diagnosisCodes);
        lines = List.copyOf(lines);
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(payer, "payer");
    }

    /** A claim for the member's health plan, naming no injury. */
    public ClaimSubmission(String memberId, String authorizationNumber, String renderingProviderNpi,
            LocalDate dateOfService, String placeOfService, List<String> diagnosisCodes, List<SubmittedLine> lines,
            String billingProviderNpi, String patientControlNumber, String referralNumber, ClaimFrequency frequency,
            String originalClaimId) {
        this(memberId, authorizationNumber, renderingProviderNpi, dateOfService, placeOfService, diagnosisCodes, lines,
                billingProviderNpi, patientControlNumber, referralNumber, frequency, originalClaimId,
                ClaimPayer.healthPlan());
    }

    /** An original claim without the optional references. */
    public ClaimSubmission(String memberId, String authorizationNumber, String renderingProviderNpi,
            LocalDate dateOfService, String placeOfService, List<String> diagnosisCodes, List<SubmittedLine> lines) {
        this(memberId, authorizationNumber, renderingProviderNpi, dateOfService, placeOfService, diagnosisCodes, lines,
                null, null, null, ClaimFrequency.ORIGINAL, null, ClaimPayer.healthPlan());
    }

    /** The prior claim named by REF*F8 when it is a claim id at all (an id of another form names no claim). */
    public Optional<UUID> originalClaim() {
        if (originalClaimId == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(originalClaimId));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** 2010AA: the billing provider, the rendering one when the claim names none. */
    public String billingProviderNpiOrRendering() {
        return billingProviderNpi == null ? renderingProviderNpi : billingProviderNpi;
    }
}
