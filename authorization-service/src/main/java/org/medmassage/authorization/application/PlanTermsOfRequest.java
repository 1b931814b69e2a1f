package org.medmassage.authorization.application;

import org.medmassage.authorization.coverage.CoverageTerms;
import org.medmassage.authorization.decision.AuthorizationRequest;
import org.medmassage.authorization.decision.CareTerms;
import org.medmassage.authorization.reevaluation.ReEvaluationGates;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The member's plan terms a request is decided with: the coverage in force on its start date (the dates it asks for
 * begin there; an authorization never starts earlier) and that plan's MN-06 gate, or the payer's.
 */
@Component
class PlanTermsOfRequest {

    private final MemberCoverage coverage;
    private final ReEvaluationGates gates;

    PlanTermsOfRequest(MemberCoverage coverage, ReEvaluationGates gates) {
        this.coverage = coverage;
        this.gates = gates;
    }

    Mono<CareTerms> of(AuthorizationRequest request) {
        return coverage.findByMember(request.memberId()).collectList()
                .map(terms -> CoverageTerms.inForceOn(terms, request.startDate()))
                .map(inForce -> new CareTerms(inForce, gates.forPlan(inForce.map(CoverageTerms::planId))));
    }
}
