package org.medmassage.claims.adjudication;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.medmassage.claims.coding.TimedUnitMethod;
import org.medmassage.claims.payer.ClaimPayer;
import org.medmassage.events.NetworkTier;

/**
 * The 837P claim header fields the payer adjudicates on and gives back (RULEBOOK §8.1 loops 2010AA, 2300, 2310B): the
 * billing provider is the rendering one unless the claim names another; the patient control number (CLM01), the
 * referral number (REF*9F) and the claim this one replaces (frequency 7, REF*F8) are null when the claim has none. The rendering
 * provider's taxonomy (PRV03) is its primary one on file on the date of service, null when it has none (decision 0060).
 * {@code timedUnitMethod}: how intake turned minutes into units, the member's plan's (null on claims stored before
 * it was recorded). {@code payer}: who the claim is billed to and the injury behind it (decision 0068), the health
 * plan with no injury on claims stored before it was recorded.
 */
public record ClaimHeader(
        UUID claimId,
        String memberId,
        String authorizationNumber,
        String renderingProviderNpi,
        NetworkTier networkTier,
        LocalDate dateOfService,
        String placeOfService,
        List<String> diagnosisCodes,
        String billingProviderNpi,
        String patientControlNumber,
        String referralNumber,
        UUID replacesClaimId,
        String renderingProviderTaxonomy,
        TimedUnitMethod timedUnitMethod,
        ClaimPayer payer) {

    public ClaimHeader {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(renderingProviderNpi, "renderingProviderNpi");
        Objects.requireNonNull(networkTier, "networkTier");
        Objects.requireNonNull(dateOfService, "dateOfService");
        diagnosisCodes = List.copyOf(diagnosisCodes);
        payer = payer == null ? ClaimPayer.healthPlan() : payer;
        billingProviderNpi = billingProviderNpi == null ? renderingProviderNpi : billingProviderNpi;
        if (replacesClaimId != null && replacesClaimId.equals(claimId)) {
            throw new IllegalArgumentException("claim " + claimId + " cannot replace itself");
        }
    }

    /** A claim for the member's health plan naming no injury. */
    public ClaimHeader(UUID claimId, String memberId, String authorizationNumber, String renderingProviderNpi,
            NetworkTier networkTier, LocalDate dateOfService, String placeOfService, List<String> diagnosisCodes,
            String billingProviderNpi, String patientControlNumber, String referralNumber, UUID replacesClaimId,
            String renderingProviderTaxonomy, TimedUnitMethod timedUnitMethod) {
        this(claimId, memberId, authorizationNumber, renderingProviderNpi, networkTier, dateOfService, placeOfService,
                diagnosisCodes, billingProviderNpi, patientControlNumber, referralNumber, replacesClaimId,
                renderingProviderTaxonomy, timedUnitMethod, ClaimPayer.healthPlan());
    }

    /** An original claim billed by its rendering provider, without CLM01, a referral number, a taxonomy or a recorded units method. */
    public ClaimHeader(UUID claimId, String memberId, String authorizationNumber, String renderingProviderNpi,
            NetworkTier networkTier, LocalDate dateOfService, String placeOfService, List<String> diagnosisCodes) {
        this(claimId, memberId, authorizationNumber, renderingProviderNpi, networkTier, dateOfService, placeOfService,
                diagnosisCodes, null, null, null, null, null, null);
    }

    public Optional<String> patientControl() {
        return Optional.ofNullable(patientControlNumber);
    }

    public Optional<UUID> replaces() {
        return Optional.ofNullable(replacesClaimId);
    }
}
