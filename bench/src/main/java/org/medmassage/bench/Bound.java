package org.medmassage.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The upper bound for claims per second that the ceilings allow, given what one claim really cost in the measured
 * window ({@link WorkCounts}): PostgreSQL's handler-transaction ceiling ÷ commits per claim, and the same ceiling in
 * statements ÷ estimated round trips per claim; Kafka's produce ceiling ÷ records produced per claim, its consume
 * ceiling ÷ records delivered to the services per claim. It is generous: it assumes the whole machine serves
 * PostgreSQL (or Kafka) alone, while in the run the services, the broker, PostgreSQL and the bench share its cores.
 */
final class Bound {

    /** Round trips in one pgbench handler transaction (Ceilings): BEGIN, inbox insert, state update, outbox insert, END. */
    static final int PGBENCH_ROUND_TRIPS_PER_TRANSACTION = 5;

    private Bound() {
    }

    static Map<String, Object> of(Ceilings.Kafka kafka, Ceilings.Postgres postgres, WorkCounts.PerClaim cost,
                                  double measured) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("per_claim_from", "the measured window (" + cost.claims() + " claims)");
        Map<String, Double> bounds = new LinkedHashMap<>();
        bounds.put("postgres commits", perClaim(postgres.transactionsPerSecond(), cost.commits()));
        bounds.put("postgres round trips", perClaim(postgres.transactionsPerSecond()
                * PGBENCH_ROUND_TRIPS_PER_TRANSACTION, cost.roundTrips()));
        bounds.put("kafka produce", perClaim(kafka.producedPerSecond(), cost.produced()));
        bounds.put("kafka consume", perClaim(kafka.consumedPerSecond(), cost.delivered()));
        bounds.forEach((by, claims) -> m.put("bound_by_" + by.replace(' ', '_') + "_claims_per_s",
                claims.isNaN() ? "n/a" : round(claims)));
        var limiting = bounds.entrySet().stream().filter(e -> !e.getValue().isNaN())
                .min(Map.Entry.comparingByValue());
        double bound = limiting.map(Map.Entry::getValue).orElse(0.0);
        m.put("bound_claims_per_s", round(bound));
        m.put("limited_by", limiting.map(Map.Entry::getKey).orElse("n/a (nothing measured per claim)"));
        m.put("measured_over_bound", bound > 0 ? Math.round(measured / bound * 1000) / 1000.0 : 0);
        return m;
    }

    /** Claims/s a ceiling allows at a per-claim cost; NaN when either is unknown. */
    static double perClaim(double ceilingPerSecond, double costPerClaim) {
        return ceilingPerSecond > 0 && costPerClaim > 0 ? ceilingPerSecond / costPerClaim : Double.NaN;
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
