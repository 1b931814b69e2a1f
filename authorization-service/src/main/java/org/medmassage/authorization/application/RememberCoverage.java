package org.medmassage.authorization.application;

import org.medmassage.authorization.coverage.CoverageTerms;
import org.medmassage.authorization.persistence.CoverageTermsR2dbcRepository;
import org.medmassage.events.benefit.CoverageActivated;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Keeps the plan terms authorization needs (does massage need a pre-authorization?) from CoverageActivated. */
@Service
public class RememberCoverage {

    private final CoverageTermsR2dbcRepository coverage;

    public RememberCoverage(CoverageTermsR2dbcRepository coverage) {
        this.coverage = coverage;
    }

    /** Runs inside the consumer's unit of work. */
    public Mono<Void> coverageActivated(CoverageActivated event) {
        return coverage.remember(new CoverageTerms(event.memberId(), event.planId(), event.effectiveFrom(),
                event.effectiveTo(), event.preAuthRequired()));
    }
}
