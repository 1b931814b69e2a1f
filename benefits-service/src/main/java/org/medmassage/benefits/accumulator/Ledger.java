package org.medmassage.benefits.accumulator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.medmassage.benefits.plan.PlanYear;

/**
 * A member's active postings and counted visits, plus the active postings of the relatives who share the member's
 * family accumulators (CS-04; empty for self-only coverage). Balances are always recomputed from these rows, so
 * "balances = sum of the ledger" holds by construction and reversing a claim (CS-07) is just deactivating its rows.
 */
public record Ledger(List<Posting> postings, List<VisitPosting> visits, List<Posting> relativesPostings) {

    public Ledger {
        postings = List.copyOf(postings);
        visits = List.copyOf(visits);
        relativesPostings = List.copyOf(relativesPostings);
    }

    public Ledger(List<Posting> postings, List<VisitPosting> visits) {
        this(postings, visits, List.of());
    }

    public static Ledger empty() {
        return new Ledger(List.of(), List.of());
    }

    /** CS-03: only rows whose date of service falls in the plan year count toward it. */
    public Balances balancesFor(PlanYear year) {
        Map<Bucket, BigDecimal> member = sums(postings, year);
        Map<Bucket, BigDecimal> family = sums(postings, year);
        sums(relativesPostings, year).forEach((bucket, amount) -> family.merge(bucket, amount, BigDecimal::add));
        long visitsUsed = visits.stream().filter(visit -> year.contains(visit.dateOfService())).count();
        return new Balances(member, Math.toIntExact(visitsUsed), family);
    }

    public boolean hasVisitOn(LocalDate dateOfService) {
        return visits.stream().anyMatch(visit -> visit.dateOfService().equals(dateOfService));
    }

    /** The ledger after the member's new rows. */
    public Ledger with(List<Posting> newPostings, List<VisitPosting> newVisits) {
        List<Posting> all = new ArrayList<>(postings);
        all.addAll(newPostings);
        List<VisitPosting> allVisits = new ArrayList<>(visits);
        allVisits.addAll(newVisits);
        return new Ledger(all, allVisits, relativesPostings);
    }

    private static Map<Bucket, BigDecimal> sums(List<Posting> rows, PlanYear year) {
        Map<Bucket, BigDecimal> totals = new EnumMap<>(Bucket.class);
        for (Posting posting : rows) {
            if (year.contains(posting.dateOfService())) {
                totals.merge(posting.bucket(), posting.amount(), BigDecimal::add);
            }
        }
        return totals;
    }
}
