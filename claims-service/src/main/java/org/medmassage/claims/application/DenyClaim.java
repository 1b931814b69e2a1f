package org.medmassage.claims.application;

import java.util.List;
import java.util.UUID;
import org.medmassage.claims.adjudication.ClaimStatus;
import org.medmassage.claims.adjudication.UncoveredLine;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;
import org.medmassage.events.authorization.VisitNotAuthorized;
import org.medmassage.events.benefit.CostShareDenied;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The whole visit is denied for one reason: by authorization before cost share (PA-05, from RECEIVED) or by benefits
 * (CostShareDenied, e.g. eligibility; from IN_PROCESS). Every line carries the reason for its full charge, except
 * lines denied CO-284 before cost share, which keep it (PA-05, Example 6d). The visit limit (CS-06) is
 * {@link DenyOverVisitLimit}: lines the plan does not cover keep their own reason there.
 */
@Service
public class DenyClaim {

    private final ClaimSaga saga;
    private final Providers providers;

    public DenyClaim(ClaimSaga saga, Providers providers) {
        this.saga = saga;
        this.providers = providers;
    }

    /**
     * Runs inside the consumer's unit of work. PA-05: an authorization problem is the provider's (CO). Lines billed
     * without the referral the plan requires are denied CO-288 (MN-01), the others with the event's reason.
     */
    public Mono<Void> onVisitNotAuthorized(VisitNotAuthorized event, UUID causationId) {
        CodedRejection rejection = new CodedRejection(AdjustmentGroup.CO, event.carc(), event.rarc(), event.reason());
        List<String> codesWithoutReferral = event.procedureCodesWithoutReferral() == null ? List.of()
                : event.procedureCodesWithoutReferral();
        return saga.advance(event.claimId(), ClaimStatus.RECEIVED, causationId, claim -> {
            List<UncoveredLine> withoutReferral = claim.withoutReferral(codesWithoutReferral);
            // no line left for the event's reason: that reason is the referral's itself (CO-288)
            return withoutReferral.size() < claim.linesForCostShare().size()
                    ? claim.denyVisit(rejection, withoutReferral)
                    : claim.denyVisit(rejection);
        }, ClaimEvents::claimAdjudicated);
    }

    /** Runs inside the consumer's unit of work; benefits names the group (CO-27 no coverage, PR-204 nothing covered). */
    public Mono<Void> onCostShareDenied(CostShareDenied event, UUID causationId) {
        CodedRejection rejection = new CodedRejection(AdjustmentGroup.of(event.group()), event.carc(), event.rarc(),
                event.reason());
        // no coverage that day (CO-26/CO-27): the notice names the visit's self-pay price (issue 15 item 7)
        return saga.advanceLoading(event.claimId(), ClaimStatus.IN_PROCESS, causationId,
                claim -> claim.denyVisit(rejection),
                claim -> ClaimEvents.claimAdjudicatedWithWayForward(claim, providers));
    }
}
