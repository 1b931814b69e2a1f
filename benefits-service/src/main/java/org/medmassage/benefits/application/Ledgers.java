package org.medmassage.benefits.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.medmassage.benefits.accumulator.Ledger;
import org.medmassage.benefits.accumulator.LedgerEntry;
import org.medmassage.benefits.accumulator.Posting;
import org.medmassage.benefits.accumulator.Reversal;
import org.medmassage.benefits.accumulator.VisitPosting;
import org.medmassage.benefits.coverage.Coverage;
import org.medmassage.benefits.coverage.AccumulationWindow;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Members' accumulator ledgers: only rows are stored; balances are always summed from the active ones. */
public interface Ledgers {

    /**
     * Waits, until the end of the current transaction, for every other writer of these accumulators (a member, or the
     * whole family under CS-04): claims of one family arrive under different Kafka keys, and a rebalance can briefly
     * give one member's partition to two instances.
     */
    Mono<Void> serialize(Coverage coverage);

    /**
     * The member's active rows dated in the window (visits of the benefit group), and the relatives' rows if family
     * coverage.
     */
    Mono<Ledger> load(Coverage coverage, AccumulationWindow window, String benefitGroup);

    /**
     * Records an applied claim: its visit on the date of service ({@code claimVisit}, counted or not), its money
     * postings and the visit it counted, if any (CS-06).
     */
    Mono<Void> append(Coverage coverage, String benefitGroup, VisitPosting claimVisit, List<Posting> postings,
                      List<VisitPosting> visits);

    /**
     * Deactivates every active row of the claim (CS-07) and says what they held. A counted visit whose date still has
     * another standing claim passes to that claim and is not given back (CS-06, decided by {@code VisitPassOn}).
     */
    Mono<Reversal> reverse(String claimId);

    /** What auto PIP paid so far for the member's accident of that date (RULEBOOK §7.3), on the active rows. */
    Mono<BigDecimal> pipPaid(String memberId, LocalDate accidentDate);

    /** Records what auto PIP paid for the claim against the accident's limit. */
    Mono<Void> appendPip(String memberId, String claimId, LocalDate accidentDate, LocalDate dateOfService,
                         BigDecimal amount);

    /** Whether the claim was voided, and whether it holds active rows of an earlier application: one round trip. */
    Mono<ClaimStanding> standing(String claimId);

    Mono<Void> markVoided(String claimId, String memberId);

    /** Every row of the member, reversed ones included, oldest first. */
    Flux<LedgerEntry> history(String memberId);
}
