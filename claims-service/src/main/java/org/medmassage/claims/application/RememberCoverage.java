package org.medmassage.claims.application;

import org.medmassage.claims.coding.TimedUnitMethod;
import org.medmassage.claims.coverage.CoverageTerms;
import org.medmassage.events.benefit.CoverageActivated;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Keeps the plan terms intake needs (how timed units are counted) from CoverageActivated: units are decided when the
 * claim is received, before the saga asks benefits anything (decision 0059).
 */
@Service
public class RememberCoverage {

    private final MemberCoverage coverage;

    public RememberCoverage(MemberCoverage coverage) {
        this.coverage = coverage;
    }

    /**
     * Runs inside the consumer's unit of work; an announcement without the method leaves intake's default. Only the
     * primary health plan counts a health-plan claim's units: a secondary plan or an injury payer is not kept (0069).
     */
    public Mono<Void> onCoverageActivated(CoverageActivated event) {
        if (!event.appliesToHealthPlanClaims()) {
            return Mono.empty();
        }
        TimedUnitMethod method = event.timedUnitMethod() == null ? null
                : TimedUnitMethod.valueOf(event.timedUnitMethod());
        return coverage.remember(new CoverageTerms(event.memberId(), event.planId(), event.effectiveFrom(),
                event.effectiveTo(), method));
    }
}
