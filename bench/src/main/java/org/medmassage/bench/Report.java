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
        row(md, "throughput (claims adjudicated/s, measured window)", result.get("throughput_claims_per_s"));
        Map<String, Object> e2e = asMap(result.get("latency_ms"));
        row(md, "latency p50 / p95 / p99 / max (ms)", e2e.get("p50_ms") + " / " + e2e.get("p95_ms") + " / "
                + e2e.get("p99_ms") + " / " + e2e.get("max_ms"));
        Map<String, Object> bound = section("bound");
        row(md, "bound (claims/s), limited by", bound.get("bound_claims_per_s") + ", " + bound.get("limited_by"));
        row(md, "measured / bound", bound.get("measured_over_bound"));
        row(md, "invariants", section("invariants").get("hold").equals(Boolean.TRUE) ? "hold"
                : "VIOLATED " + section("invariants").get("violations"));
        for (String name : List.of("settings", "machine", "result", "ceilings", "bound", "per_claim_measured",
                "invariants")) {
            md.append("\n## ").append(name.replace('_', ' ')).append("\n\n| key | value |\n|---|---|\n");
            section(name).forEach((k, v) -> {
                if (!(v instanceof Map) || k.equals("terminal_states")) {
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
        md.append("\n## processes (measured window)\n\n| process | CPU % of one core | RSS MB |\n|---|---|---|\n");
        asMap(root.get("processes")).forEach((name, v) -> {
            if (v instanceof Map<?, ?> p) {
                md.append("| ").append(name).append(" | ").append(p.get("cpu_percent_of_one_core")).append(" | ")
                        .append(p.get("rss_mb")).append(" |\n");
            } else {
                md.append("| ").append(name).append(" | ").append(v).append(" | |\n");
            }
        });
        return md.toString();
    }

    private static void row(StringBuilder md, String key, Object value) {
        md.append("| ").append(key).append(" | ").append(value).append(" |\n");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }
}
