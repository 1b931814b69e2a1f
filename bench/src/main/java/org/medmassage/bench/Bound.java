package org.medmassage.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The upper bound for claims per second that the ceilings allow, from what one PAID claim costs by construction of
 * the saga (docs/architecture.md). Counted, not measured; the measured counterparts are reported next to it.
 */
final class Bound {

    /** One commit per unit of work (inbox + state + outbox); a consumer hop is one transaction. */
    static final List<String> TRANSACTIONS = List.of(
            "claims POST /claims (claim + SessionBilled)",
            "authorization on SessionBilled (inbox + visit + VisitAuthorized)",
            "referral on VisitAuthorized (inbox + sessions used)",
            "claims on VisitAuthorized (inbox + IN_PROCESS + CostShareRequested)",
            "benefits on CostShareRequested (inbox + ledger + CostShareApplied)",
            "claims on CostShareApplied (inbox + adjudication + ClaimAdjudicated)",
            "notification on ClaimAdjudicated (inbox + notification + PortalNotification)",
            "authorization on ClaimAdjudicated (inbox row; a PAID claim releases nothing)");

    /** Records the relays produce for one PAID claim (DeductibleMet adds one per member, i.e. 1/12 per claim). */
    static final List<String> PRODUCED = List.of("SessionBilled", "VisitAuthorized", "CostShareRequested",
            "CostShareApplied", "ClaimAdjudicated", "PortalNotification");

    /**
     * Records delivered to the services' consumer groups for one claim: claim.events 3 events × 3 groups
     * (authorization, benefits, notification) = 9; authorization.events VisitAuthorized × 3 groups (claims,
     * notification, referral) = 3; benefit.events CostShareApplied × 3 groups (authorization, claims, notification) = 3.
     */
    static final int DELIVERED = 15;

    static Map<String, Object> of(Ceilings.Kafka kafka, Ceilings.Postgres postgres, double measured) {
        double byPostgres = postgres.transactionsPerSecond() / TRANSACTIONS.size();
        double byProducer = kafka.producedPerSecond() / PRODUCED.size();
        double byConsumer = kafka.consumedPerSecond() / DELIVERED;
        double bound = Math.min(byPostgres, Math.min(byProducer, byConsumer));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("db_transactions_per_claim", TRANSACTIONS.size());
        m.put("db_transactions", TRANSACTIONS);
        m.put("kafka_records_produced_per_claim", PRODUCED.size());
        m.put("kafka_records_delivered_per_claim", DELIVERED);
        m.put("bound_by_postgres_claims_per_s", round(byPostgres));
        m.put("bound_by_kafka_produce_claims_per_s", round(byProducer));
        m.put("bound_by_kafka_consume_claims_per_s", round(byConsumer));
        m.put("bound_claims_per_s", round(bound));
        m.put("limited_by", bound == byPostgres ? "postgres" : bound == byProducer ? "kafka produce" : "kafka consume");
        m.put("measured_over_bound", bound > 0 ? Math.round(measured / bound * 1000) / 1000.0 : 0);
        return m;
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
