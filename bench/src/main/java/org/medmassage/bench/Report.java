package org.medmassage.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The run's figures as one JSON tree, written as report.json and report.md and printed as a table. */
final class Report {

    private final Map<String, Object> root = new LinkedHashMap<>();

    Report put(String section, Object value) {
        root.put(section, value);
        return this;
    }

    Object get(String section) {
        return root.get(section);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> section(String name) {
        return (Map<String, Object>) root.get(name);
    }

    boolean invariantsHold() {
        return Boolean.TRUE.equals(section("invariants").get("hold"));
    }

    Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report.json"), Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        Files.writeString(dir.resolve("report.md"), markdown());
        return dir;
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Bench report\n\n");
        Map<String, Object> result = section("result");
        md.append("| figure | value |\n|---|---|\n");
        row(md, "**all-in CPU ms per claim** (every process, idle baseline subtracted)", result.get("cpu_ms_per_claim"));
        row(md, "throughput (claims adjudicated/s, measured window)", result.get("throughput_claims_per_s"));
        row(md, "latency p50 / p95 / p99 / max (ms) from the " + result.get("latency_basis"),
                percentiles(result.get("latency_ms")));
        row(md, "latency p50 / p95 / p99 / max (ms) from the actual send", percentiles(result.get("latency_from_send_ms")));
        Map<String, Object> bound = section("bound");
        row(md, "bound (claims/s), limited by", bound.get("bound_claims_per_s") + ", " + bound.get("limited_by"));
        row(md, "measured / bound", bound.get("measured_over_bound"));
        row(md, "invariants", section("invariants").get("hold").equals(Boolean.TRUE) ? "hold"
                : "VIOLATED " + section("invariants").get("violations"));
        sweep(md);
        for (String name : List.of("settings", "machine", "result", "ceilings", "bound", "per_claim_measured",
                "invariants")) {
            md.append("\n## ").append(name.replace('_', ' ')).append("\n\n| key | value |\n|---|---|\n");
            section(name).forEach((k, v) -> {
                if (!(v instanceof Map<?, ?> m) || m.values().stream().noneMatch(Map.class::isInstance)) {
                    row(md, k, v);
                }
            });
        }
        md.append("\n## latency per hop (ms; event occurredAt and Kafka timestamps)\n\n")
                .append("| hop | count | p50 | p95 | p99 | max |\n|---|---|---|---|---|---|\n");
        asMap(root.get("hops")).forEach((hop, v) -> {
            Map<String, Object> h = asMap(v);
            md.append("| ").append(hop).append(" | ").append(h.get("count")).append(" | ").append(h.get("p50_ms"))
                    .append(" | ").append(h.get("p95_ms")).append(" | ").append(h.get("p99_ms")).append(" | ")
                    .append(h.get("max_ms")).append(" |\n");
        });
        md.append("\n## processes (measured window)\n\n| process | CPU ms | idle baseline ms | net CPU ms "
                + "| net ms per claim | CPU % of one core | RSS MB |\n|---|---|---|---|---|---|---|\n");
        asMap(root.get("processes")).forEach((name, v) -> {
            if (v instanceof Map<?, ?> p) {
                md.append("| ").append(name);
                for (String k : List.of("cpu_ms", "idle_baseline_ms", "net_cpu_ms", "net_cpu_ms_per_claim",
                        "cpu_percent_of_one_core", "rss_mb")) {
                    md.append(" | ").append(p.get(k));
                }
                md.append(" |\n");
            } else {
                md.append("| ").append(name).append(" | ").append(v).append(" | | | | | |\n");
            }
        });
        return md.toString();
    }

    /** The sweep's table, a row per rate, when the run was a sweep. */
    private void sweep(StringBuilder md) {
        Map<String, Object> sweep = section("sweep");
        if (sweep == null) {
            return;
        }
        md.append("\n## rate sweep (highest rate with p99 ≤ 1 s: ").append(sweep.get("highest_rate_with_p99_within_1s"))
                .append(")\n\n| offered claims/s | claims/s | CPU ms per claim | p50 / p95 / p99 / max ms (from schedule) "
                        + "| p99 from send | backlog growth | late sends | commits per claim | deliveries per claim "
                        + "| sustained |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (Object o : (List<?>) sweep.get("rows")) {
            Map<String, Object> r = asMap(o);
            md.append("| ").append(r.get("rate")).append(" | ").append(r.get("throughput_claims_per_s")).append(" | ")
                    .append(r.get("cpu_ms_per_claim")).append(" | ").append(percentiles(r.get("latency_ms")))
                    .append(" | ").append(r.get("latency_from_send_p99_ms")).append(" | ").append(r.get("backlog_growth"))
                    .append(" | ").append(r.get("late_sends")).append(" | ").append(r.get("db_commits_per_claim"))
                    .append(" | ").append(r.get("kafka_deliveries_per_claim")).append(" | ")
                    .append(Boolean.TRUE.equals(r.get("sustained")) ? "yes" : "no: " + r.get("shortfall")).append(" |\n");
        }
    }

    private static String percentiles(Object latency) {
        Map<String, Object> l = asMap(latency);
        return l.get("p50_ms") + " / " + l.get("p95_ms") + " / " + l.get("p99_ms") + " / " + l.get("max_ms");
    }

    private static void row(StringBuilder md, String key, Object value) {
        md.append("| ").append(key).append(" | ").append(value).append(" |\n");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }
}
