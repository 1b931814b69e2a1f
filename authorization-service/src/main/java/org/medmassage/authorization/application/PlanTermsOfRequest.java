package org.medmassage.authorization.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.medmassage.authorization.coverage.CoverageTerms;
import org.medmassage.authorization.coverage.MemberPlan;
import org.medmassage.authorization.coverage.PlanYearVisits;
import org.medmassage.authorization.decision.AuthorizationRequest;
import org.medmassage.authorization.decision.CareTerms;
import org.medmassage.authorization.reevaluation.ReEvaluationGates;
import org.medmassage.authorization.usage.AuthorizedVisits;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The member's plan terms a request is decided with: the coverage in force on its start date (the dates it asks for
 * begin there; an authorization never starts earlier), that plan's MN-06 gate or the payer's, and what the plan still
 * gives: the member's coverage periods, the visits used in the plan year of the start date and the visits the
 * member's other live authorizations hold (decision 0067). Read under the member lock.
 */
@Component
class PlanTermsOfRequest {

    private final MemberCoverage coverage;
    private final ReEvaluationGates gates;
    private final PlanYearVisitCounts planYearVisits;
    private final MemberAuthorizedVisits authorizedVisits;

    PlanTermsOfRequest(MemberCoverage coverage, ReEvaluationGates gates, PlanYearVisitCounts planYearVisits,
            MemberAuthorizedVisits authorizedVisits) {
        this.coverage = coverage;
        this.gates = gates;
        this.planYearVisits = planYearVisits;
        this.authorizedVisits = authorizedVisits;
    }

    Mono<CareTerms> of(AuthorizationRequest request) {
        LocalDate start = request.startDate();
        return coverage.findByMember(request.memberId()).collectList()
                .zipWith(planYearVisits.holding(request.memberId(), start).map(Optional::of)
                        .defaultIfEmpty(Optional.<PlanYearVisits>empty()))
                .zipWith(authorizedVisits.of(request.memberId()), (known, authorizations) -> {
                    Optional<CoverageTerms> inForce = CoverageTerms.inForceOn(known.getT1(), start);
                    MemberPlan plan = new MemberPlan(known.getT1(), known.getT2(), promised(authorizations, start));
                    return new CareTerms(inForce, gates.forPlan(inForce.map(CoverageTerms::planId)), plan);
                });
    }

    // visits other authorizations still hold from the request's start on: the plan year must have room for them too
    private static int promised(List<AuthorizedVisits> authorizations, LocalDate start) {
        return authorizations.stream()
                .filter(auth -> !auth.authorization().window().to().isBefore(start))
                .mapToInt(AuthorizedVisits::visitsRemaining)
                .sum();
    }
}
