package org.medmassage.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * What must hold after a run: every accepted claim reached exactly one terminal state (one ClaimAdjudicated), no
 * record landed on a dead-letter topic, no inbox duplicate appeared (nothing was redelivered), and the benefits
 * balances of a sample of members equal the sums of their claims' cost shares.
 */
final class Invariants {

    private static final int SAMPLE = 20;
    private static final List<String> CONSUMING_SERVICES = List.of("authorization", "claims", "benefits", "notification");

    private final Json api;
    private final Map<String, String> urls;
    private final List<String> violations = new ArrayList<>();
    private final Map<String, Object> facts = new LinkedHashMap<>();
    private int ledgerMismatches;

    Invariants(Json api, Map<String, String> urls) {
        this.api = api;
        this.urls = urls;
    }

    /** Inbox duplicates counted so far by each consuming service (Prometheus). */
    Map<String, Double> inboxDuplicates() {
        Map<String, Double> counts = new TreeMap<>();
        for (String service : CONSUMING_SERVICES) {
            counts.put(service, api.text(urls.get(service) + "/actuator/prometheus").lines()
                    .filter(line -> line.startsWith("medmassage_inbox_duplicates_total"))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum());
        }
        return counts;
    }

    Invariants check(Map<String, ClaimTrace> traces, long deadLettersBefore, long deadLettersAfter,
                     Map<String, Double> duplicatesBefore, Map<String, Double> duplicatesAfter) {
        exactlyOneTerminalState(traces);
        long deadLetters = deadLettersAfter - deadLettersBefore;
        facts.put("dead_letter_records_during_run", deadLetters);
        if (deadLetters != 0) {
            violations.add(deadLetters + " record(s) landed on error.* dead-letter topics");
        }
        duplicatesAfter.forEach((service, after) -> {
            double added = after - duplicatesBefore.getOrDefault(service, 0.0);
            if (added != 0) {
                violations.add(service + "-service skipped " + (long) added + " inbox duplicate(s) (redeliveries)");
            }
        });
        facts.put("inbox_duplicates_during_run", (long) duplicatesAfter.entrySet().stream()
                .mapToDouble(e -> e.getValue() - duplicatesBefore.getOrDefault(e.getKey(), 0.0)).sum());
        balancesMatch(traces);
        return this;
    }

    private void exactlyOneTerminalState(Map<String, ClaimTrace> traces) {
        long submitted = 0;
        long none = 0;
        long several = 0;
        Map<String, Long> statuses = new TreeMap<>();
        for (ClaimTrace trace : traces.values()) {
            if (!trace.submitted()) {
                continue;
            }
            submitted++;
            if (trace.adjudications() == 0) {
                none++;
            } else {
                statuses.merge(trace.status(), 1L, Long::sum);
                if (trace.adjudications() > 1) {
                    several++;
                }
            }
        }
        facts.put("claims_accepted", submitted);
        facts.put("claims_without_terminal_state", none);
        facts.put("claims_adjudicated_more_than_once", several);
        facts.put("terminal_states", statuses);
        if (none > 0) {
            violations.add(none + " accepted claim(s) never reached a terminal state");
        }
        if (several > 0) {
            violations.add(several + " claim(s) were adjudicated more than once");
        }
    }

    private void balancesMatch(Map<String, ClaimTrace> traces) {
        Map<String, List<ClaimTrace>> byMember = new TreeMap<>();
        traces.values().stream().filter(ClaimTrace::submitted)
                .forEach(t -> byMember.computeIfAbsent(t.memberId(), m -> new ArrayList<>()).add(t));
        // a claim whose POST the bench saw refused may still have been stored (the service killed after its commit):
        // adjudicated, it is in its member's ledger, so it is in the sums too (only the run's own members are checked)
        traces.values().stream()
                .filter(t -> !t.submitted() && t.adjudications() > 0 && t.memberId() != null)
                .filter(t -> byMember.containsKey(t.memberId()))
                .forEach(t -> byMember.get(t.memberId()).add(t));
        int checked = 0;
        for (var entry : byMember.entrySet()) {
            if (checked == SAMPLE) {
                break;
            }
            if (entry.getValue().stream().anyMatch(t -> t.adjudications() != 1)) {
                continue; // already reported above
            }
            checkMember(entry.getKey(), entry.getValue());
            checked++;
        }
        facts.put("members_balance_checked", checked);
        facts.put("ledger_mismatches", ledgerMismatches);
    }

    private void checkMember(String memberId, List<ClaimTrace> claims) {
        BigDecimal deductible = BigDecimal.ZERO;
        BigDecimal outOfPocket = BigDecimal.ZERO;
        long paid = 0;
        for (ClaimTrace claim : claims) {
            deductible = deductible.add(claim.deductible());
            outOfPocket = outOfPocket.add(claim.deductible()).add(claim.copay()).add(claim.coinsurance());
            paid += claim.status().equals("DENIED") ? 0 : 1;
        }
        JsonNode benefits = api.get(urls.get("benefits") + "/members/" + memberId + "/benefits?asOf="
                + Population.PLAN_YEAR_END).require(200, "GET benefits");
        JsonNode inNetwork = benefits.get("inNetwork");
        compare(memberId, "deductibleMet", inNetwork.get("deductibleMet").decimalValue(), deductible);
        compare(memberId, "outOfPocketMet", inNetwork.get("outOfPocketMet").decimalValue(), outOfPocket);
        compare(memberId, "visits.used", BigDecimal.valueOf(benefits.get("visits").get("used").asLong()),
                BigDecimal.valueOf(paid));
    }

    private void compare(String memberId, String field, BigDecimal ledger, BigDecimal claims) {
        if (ledger.compareTo(claims) != 0) {
            ledgerMismatches++;
            violations.add(memberId + " " + field + " is " + ledger + " but its claims sum to " + claims);
        }
    }

    boolean hold() {
        return violations.isEmpty();
    }

    List<String> violations() {
        return violations;
    }

    Map<String, Object> facts() {
        return facts;
    }
}
