package org.medmassage.claims.application;

import org.medmassage.claims.coverage.CoverageTerms;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The coverage terms each member's plan gives claims (from CoverageActivated). */
public interface MemberCoverage {

    /** A coverage announced again (a plan changed) replaces its terms. */
    Mono<Void> remember(CoverageTerms terms);

    Flux<CoverageTerms> findByMember(String memberId);
}
