package org.medmassage.authorization.application;

import java.time.LocalDate;
import org.medmassage.authorization.coverage.PlanYearVisits;
import reactor.core.publisher.Mono;

/** CS-06: the visits each member has used per plan year, as benefits-service posts them. */
public interface PlanYearVisitCounts {

    /** The count after a posting replaces what was known of that plan year. */
    Mono<Void> posted(PlanYearVisits visits);

    /** A voided claim's visits given back in the plan year holding {@code dateOfService}, if one is known. */
    Mono<Void> reversed(String memberId, LocalDate dateOfService, int visits);

    /** The plan year holding {@code date}, when benefits has posted a visit in it. */
    Mono<PlanYearVisits> holding(String memberId, LocalDate date);
}
