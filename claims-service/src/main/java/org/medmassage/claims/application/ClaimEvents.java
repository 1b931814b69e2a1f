package org.medmassage.claims.application;

import org.medmassage.events.DomainEvent;
import reactor.core.publisher.Mono;
import org.medmassage.claims.pricing.Provider;
import org.medmassage.claims.explanation.WayForward;
import java.util.Optional;
import java.math.BigDecimal;
import org.medmassage.claims.payer.PriorPayerDenial;
import org.medmassage.claims.payer.ClaimPayer;
import java.util.List;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.ClaimLine;
import org.medmassage.claims.adjudication.Remittance;
import org.medmassage.claims.adjudication.RemittanceLine;
import org.medmassage.claims.adjudication.Voiding;
import org.medmassage.claims.payer.Payer;
import org.medmassage.events.Adjustment;
import org.medmassage.events.claim.AdjudicatedLine;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.ClaimVoided;
import org.medmassage.events.claim.CostShareRequested;
import org.medmassage.events.claim.PricedLine;
import org.medmassage.events.claim.SessionBilled;

/** The claim's events as the shared contracts spell them (shared-events, DESIGN §3). */
final class ClaimEvents {

    private ClaimEvents() {
    }

    /**
     * The codes authorization is asked about: all but lines denied at intake (OA-18 duplicates); the claim's REF*9F
     * referral number when it has one.
     */
    static SessionBilled sessionBilled(Claim claim) {
        var header = claim.header();
        return new SessionBilled(claim.id().toString(), header.memberId(), header.authorizationNumber(),
                header.renderingProviderNpi(), header.dateOfService(), header.placeOfService(),
                header.diagnosisCodes(), claim.linesForCostShare().stream().map(ClaimLine::procedureCode).toList(),
                header.referralNumber(), header.renderingProviderTaxonomy());
    }

    /**
     * Only the lines benefits decides: those denied before cost share (CO-284, Example 6d) are not its to share. An
     * auto PIP claim names its accident; a health-plan claim after a primary payer names what it paid (decision 0074).
     */
    static CostShareRequested costShareRequested(Claim claim) {
        List<PricedLine> lines = claim.linesForCostShare().stream()
                .map(line -> new PricedLine(line.lineNumber(), line.procedureCode(), line.units(), line.charge(),
                        line.allowed()))
                .toList();
        ClaimPayer payer = claim.header().payer();
        boolean autoPip = payer.payer() == Payer.AUTO_PIP;
        return new CostShareRequested(claim.id().toString(), claim.memberId(), claim.dateOfService(),
                claim.networkTier(), lines, claim.header().renderingProviderTaxonomy(),
                autoPip ? Payer.AUTO_PIP.name() : null, autoPip ? payer.dateOfInjury() : null,
                autoPip ? payer.accidentState() : null,
                payer.priorDenial().flatMap(PriorPayerDenial::amountPaid).orElse(null));
    }

    static ClaimAdjudicated claimAdjudicated(Claim claim) {
        return claimAdjudicated(claim, Optional.empty());
    }

    /** The decision, priced for the way forward with the rendering provider's cash rates (decision 0074). */
    static Mono<DomainEvent> claimAdjudicatedWithWayForward(Claim claim, Providers providers) {
        return providers.find(claim.header().renderingProviderNpi()).map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .map(provider -> claimAdjudicated(claim, provider));
    }

    /** With the way forward's self-pay price when the health plan will not pay the visit (decision 0074). */
    static ClaimAdjudicated claimAdjudicated(Claim claim, Optional<Provider> provider) {
        Remittance remittance = claim.remittance().orElseThrow(
                () -> new IllegalStateException("claim " + claim.id() + " is not adjudicated"));
        BigDecimal selfPayPrice = claim.header().payer().payer() == Payer.HEALTH_PLAN
                ? WayForward.selfPayPrice(remittance.lines(), provider).orElse(null) : null;
        return new ClaimAdjudicated(claim.id().toString(), claim.memberId(), claim.dateOfService(),
                claim.status().name(), remittance.totalCharge(), remittance.totalAllowed(), remittance.planPaid(),
                remittance.patientResponsibility(), remittance.lines().stream().map(ClaimEvents::line).toList(),
                payer(claim), selfPayPrice);
    }

    // absent means the member's health plan, as from senders before the field existed (decision 0068)
    private static String payer(Claim claim) {
        Payer payer = claim.header().payer().payer();
        return payer == Payer.HEALTH_PLAN ? null : payer.name();
    }

    static ClaimVoided claimVoided(Claim claim) {
        Voiding voiding = claim.voiding().orElseThrow(
                () -> new IllegalStateException("claim " + claim.id() + " is not voided"));
        return new ClaimVoided(claim.id().toString(), claim.memberId(), claim.dateOfService(), voiding.reason());
    }

    private static AdjudicatedLine line(RemittanceLine line) {
        return new AdjudicatedLine(line.lineNumber(), line.procedureCode(), line.units(), line.charge(),
                line.allowed(), line.deductible(), line.copay(), line.coinsurance(), line.planPaid(),
                line.patientResponsibility(),
                line.adjustments().stream()
                        .map(adjustment -> new Adjustment(adjustment.group().name(), adjustment.carc(),
                                adjustment.amount()))
                        .toList(),
                line.remarkCodes());
    }
}
