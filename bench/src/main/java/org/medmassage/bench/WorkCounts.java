package org.medmassage.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the code really does per claim, counted by the broker and PostgreSQL around a window: records produced per
 * topic (end offsets), records delivered to each service's consumer group (committed offsets), and PostgreSQL's
 * transactions, rows and scans (pg_stat_database, pg_stat_user_tables) — each ÷ the claims adjudicated in the window.
 * These replace counts worked out by hand from the saga, which drift as the code changes.
 */
final class WorkCounts {

    private WorkCounts() {
    }

    /** The counters at one moment; empty maps where the source could not be read. */
    record Snapshot(Map<String, Long> producedByTopic, Map<String, Long> committedByGroup, Map<String, Long> database) {

        static Snapshot take(Broker broker, Options o) throws Exception {
            return new Snapshot(broker.recordsByTopic(), broker.committedByGroup(), Machine.databaseCounters(o));
        }
    }

    /**
     * Per claim. {@code statements} estimates the SQL statements from the table counters (each scan a statement that
     * reads or updates by a condition, each inserted row an insert); {@code roundTrips} adds BEGIN and COMMIT per
     * transaction. It over-counts multi-row inserts, foreign-key checks and autocommit statements (no BEGIN), and
     * misses statements that touch no table (advisory locks, `set local`): a rough figure, not a replacement for
     * pg_stat_statements. NaN when the table counters could not be read at both ends.
     */
    record PerClaim(int claims, double commits, double rollbacks, double statements, double roundTrips,
                    double produced, double delivered, Map<String, Double> producedByTopic,
                    Map<String, Double> deliveredByGroup, Map<String, Double> database) {

        /** Whether the window finished a claim and every source could be read. */
        boolean measured() {
            return claims > 0 && !database.isEmpty();
        }
    }

    static PerClaim perClaim(Snapshot before, Snapshot after, int claims) {
        Map<String, Double> byTopic = perClaim(before.producedByTopic(), after.producedByTopic(), claims);
        Map<String, Double> byGroup = perClaim(before.committedByGroup(), after.committedByGroup(), claims);
        Map<String, Long> read = new LinkedHashMap<>(after.database());
        read.keySet().retainAll(before.database().keySet()); // a counter must have been read at both ends
        Map<String, Double> db = perClaim(before.database(), read, claims);
        double commits = db.getOrDefault("xact_commit", 0.0);
        double rollbacks = db.getOrDefault("xact_rollback", 0.0);
        double statements = db.containsKey("idx_scan") ? db.get("seq_scan") + db.get("idx_scan") + db.get("n_tup_ins")
                : Double.NaN;
        return new PerClaim(claims, commits, rollbacks, statements, statements + 2 * (commits + rollbacks),
                sum(byTopic), sum(byGroup), byTopic, byGroup, db);
    }

    /** Each counter's increase ÷ claims; a counter absent before (a topic or group created since) counts from 0. */
    private static Map<String, Double> perClaim(Map<String, Long> before, Map<String, Long> after, int claims) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (claims <= 0) {
            return out;
        }
        after.forEach((name, value) -> out.put(name, (double) (value - before.getOrDefault(name, 0L)) / claims));
        return out;
    }

    private static double sum(Map<String, Double> values) {
        return values.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The report's `per_claim_measured` section. */
    static Map<String, Object> describe(PerClaim c, Snapshot before, Snapshot after) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("claims_adjudicated_in_window", c.claims());
        m.put("db_commits_in_window", after.database().getOrDefault("xact_commit", 0L)
                - before.database().getOrDefault("xact_commit", 0L));
        m.put("db_commits_per_claim", round2(c.commits()));
        m.put("db_rollbacks_per_claim", round2(c.rollbacks()));
        m.put("db_statements_per_claim_estimate", Double.isNaN(c.statements()) ? "n/a" : round2(c.statements()));
        m.put("db_round_trips_per_claim_estimate", Double.isNaN(c.roundTrips()) ? "n/a" : round2(c.roundTrips()));
        c.database().forEach((k, v) -> {
            if (k.startsWith("tup_")) {
                m.put("db_" + k + "_per_claim", round2(v));
            }
        });
        m.put("kafka_records_per_claim", round2(c.produced()));
        m.put("kafka_records_produced_per_claim_by_topic", rounded(c.producedByTopic()));
        m.put("kafka_deliveries_per_claim", round2(c.delivered()));
        m.put("kafka_deliveries_per_claim_by_group", rounded(c.deliveredByGroup()));
        m.put("note", "commits include the outbox relays' rounds and the services' idle polls; statements and round "
                + "trips are estimated from pg_stat_user_tables (scans + inserted rows, + BEGIN/COMMIT per transaction)");
        return m;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static Map<String, Double> rounded(Map<String, Double> values) {
        Map<String, Double> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != 0) {
                out.put(k, round2(v));
            }
        });
        return out;
    }
}
