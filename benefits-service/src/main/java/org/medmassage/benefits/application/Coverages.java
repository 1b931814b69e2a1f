package org.medmassage.benefits.application;

import org.medmassage.benefits.coverage.Coverage;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Members' coverage, one per member, as a collection. */
public interface Coverages {

    /** Creates or replaces the member's coverage. */
    Mono<Coverage> save(Coverage coverage);

    /** Empty when the member has no coverage on file. */
    Mono<Coverage> findByMember(String memberId);

    Flux<Coverage> findByPlan(String planId);
}
