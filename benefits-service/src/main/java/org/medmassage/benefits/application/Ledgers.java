package org.medmassage.benefits.application;

import java.util.List;
import org.medmassage.benefits.accumulator.Ledger;
import org.medmassage.benefits.accumulator.Posting;
import org.medmassage.benefits.accumulator.VisitPosting;
import org.medmassage.benefits.plan.PlanYear;
import reactor.core.publisher.Mono;

/** Members' accumulator ledgers: only rows are stored; balances are always summed from the active ones. */
public interface Ledgers {

    /** The member's active rows whose date of service falls in the plan year. */
    Mono<Ledger> load(String memberId, PlanYear planYear);

    Mono<Void> append(String memberId, List<Posting> postings, List<VisitPosting> visits);

    /** True when the claim already has active ledger or visit rows. */
    Mono<Boolean> hasPosted(String claimId);
}
