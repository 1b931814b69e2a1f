package org.medmassage.authorization.application;

import org.medmassage.authorization.coverage.CoverageTerms;
import org.medmassage.support.lock.MemberLock;
import org.medmassage.events.benefit.CoverageActivated;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Keeps the plan terms authorization needs (does massage need a pre-authorization, a referral? which provider types
 * does it pay, RULEBOOK §1.3?) from CoverageActivated, then
 * decides the member's visits that were waiting for them.
 */
@Service
public class RememberCoverage {

    private final MemberCoverage coverage;
    private final MemberLock memberLock;
    private final DecideVisitsAwaitingCoverage awaitingVisits;

    public RememberCoverage(MemberCoverage coverage, MemberLock memberLock,
            DecideVisitsAwaitingCoverage awaitingVisits) {
        this.coverage = coverage;
        this.memberLock = memberLock;
        this.awaitingVisits = awaitingVisits;
    }

    /** Runs inside the consumer's unit of work. */
    public Mono<Void> onCoverageActivated(CoverageActivated event) {
        return memberLock.lock(event.memberId())
                .then(coverage.remember(new CoverageTerms(event.memberId(), event.planId(), event.effectiveFrom(),
                        event.effectiveTo(), event.preAuthRequired(), event.referralRequired(),
                        event.coveredProviderTypes(), event.visitLimit(), event.coveredProcedureCodes())))
                .then(awaitingVisits.coverageArrived(event.memberId()));
    }
}
