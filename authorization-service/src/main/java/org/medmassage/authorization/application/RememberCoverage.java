package org.medmassage.authorization.application;

import org.medmassage.authorization.coverage.CoverageTerms;
import org.medmassage.authorization.coverage.PayerType;
import org.medmassage.events.benefit.CoverageActivated;
import org.medmassage.support.lock.MemberLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Keeps the plan terms authorization needs (does massage need a pre-authorization, a referral? which provider types
 * does it pay, RULEBOOK §1.3?) from CoverageActivated, then
 * decides the member's visits that were waiting for them.
 */
@Service
public class RememberCoverage {

    private static final Logger log = LoggerFactory.getLogger(RememberCoverage.class);

    private final MemberCoverage coverage;
    private final MemberLock memberLock;
    private final DecideVisitsAwaitingCoverage awaitingVisits;

    public RememberCoverage(MemberCoverage coverage, MemberLock memberLock,
            DecideVisitsAwaitingCoverage awaitingVisits) {
        this.coverage = coverage;
        this.memberLock = memberLock;
        this.awaitingVisits = awaitingVisits;
    }

    /**
     * Runs inside the consumer's unit of work. Only the primary health plan's terms are kept: a secondary plan or an
     * injury payer (workers' comp, PIP) does not decide pre-authorization here (decision 0069).
     */
    public Mono<Void> onCoverageActivated(CoverageActivated event) {
        if (!event.appliesToHealthPlanClaims()) {
            log.info("coverage {} is {} in COB order {}: not the primary health plan, not kept",
                    event.planId(), event.payerType(), event.cobOrder());
            return Mono.empty();
        }
        return memberLock.lock(event.memberId())
                .then(coverage.remember(new CoverageTerms(event.memberId(), event.planId(), event.effectiveFrom(),
                        event.effectiveTo(), event.preAuthRequired(), event.referralRequired(),
                        event.coveredProviderTypes(), event.visitLimit(), event.coveredProcedureCodes(),
                        payerType(event))))
                .then(awaitingVisits.coverageArrived(event.memberId()));
    }

    // the health-plan payer types set the decision clocks (PA-02); a sender that does not say leaves it unknown
    private static PayerType payerType(CoverageActivated event) {
        return event.payerType() == null ? null : PayerType.valueOf(event.payerType());
    }
}
