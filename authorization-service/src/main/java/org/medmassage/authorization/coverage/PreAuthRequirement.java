package org.medmassage.authorization.coverage;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Does a visit need a prior authorization? Only a coverage in force on the date of service can waive it: an unknown
 * member, or a date no known coverage spans, needs one. Failing closed keeps an unknown plan from paying unauthorized
 * care; the coverage denial itself (CO-26/27) is the benefits service's to give.
 */
public final class PreAuthRequirement {

    public PreAuth on(Collection<CoverageTerms> memberCoverage, LocalDate dateOfService) {
        return CoverageTerms.inForceOn(memberCoverage, dateOfService)
                .map(terms -> terms.preAuthRequired() ? PreAuth.REQUIRED : PreAuth.NOT_REQUIRED)
                .orElse(PreAuth.COVERAGE_UNKNOWN);
    }
}
