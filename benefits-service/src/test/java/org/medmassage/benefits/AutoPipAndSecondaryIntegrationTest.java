package org.medmassage.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.benefits.fixtures.BenefitsRequests.costShareRequested;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.medmassage.benefits.fixtures.BenefitsRequests;
import org.medmassage.events.NetworkTier;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.benefit.CostShareDenied;
import org.medmassage.events.benefit.LineCostShare;
import org.medmassage.events.claim.ClaimVoided;
import org.medmassage.events.claim.CostShareRequested;
import org.medmassage.testsupport.KafkaProbe;
import org.springframework.http.MediaType;

/**
 * Issue 15 item 4 (decision 0074): auto PIP pays first from its own per-accident ledger, and the health plan pays the
 * rest as secondary by its COB method — RULEBOOK §7.3 Example 11 through the broker and the database.
 */
class AutoPipAndSecondaryIntegrationTest extends BenefitsServiceTest {

    private static final LocalDate ACCIDENT = LocalDate.parse("2026-02-20");

    @Test
    void auto_pip_pays_until_the_accident_limit_then_denies_PR_119_and_a_void_gives_the_limit_back() {
        String member = "M-PIP-" + UUID.randomUUID();
        api.registerGoldPpo("PIP-POLICY", 20);
        coverPip(member, "PIP-POLICY", "152.00");
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            CostShareApplied first = applied(kafka, pip("C-" + UUID.randomUUID(), member, "NJ", "70.00", "32.00"));
            assertThat(first.payer()).isEqualTo("AUTO_PIP");
            assertThat(first.lines()).extracting(LineCostShare::planPaid)
                    .containsExactly(money("70.00"), money("32.00"));
            assertThat(first.accidentLimitRemaining()).isEqualByComparingTo("50.00");
            assertThat(first.planYearStart()).isNull();

            // Example 11: PIP pays its last 50.00; 52.00 is over the limit (PR-119), for the health plan
            String second = "C-" + UUID.randomUUID();
            CostShareApplied last = applied(kafka, pip(second, member, "NJ", "70.00", "32.00"));
            assertThat(last.lines()).extracting(LineCostShare::planPaid)
                    .containsExactly(money("50.00"), money("0.00"));
            assertThat(last.lines()).extracting(LineCostShare::overLimit)
                    .containsExactly(money("20.00"), money("32.00"));
            assertThat(last.lines()).extracting(LineCostShare::patientResponsibility)
                    .containsExactly(money("20.00"), money("32.00"));

            String third = "C-" + UUID.randomUUID();
            kafka.publish(pip(third, member, "NJ", "70.00"));
            CostShareDenied exhausted = kafka.await(CostShareDenied.class, e -> e.claimId().equals(third));
            assertThat(exhausted.group() + "-" + exhausted.carc()).isEqualTo("PR-119");
            assertThat(count("select count(*) from pip_posting where member_id = '" + member
                    + "' and reversed_at is null")).isEqualTo(2);
            assertThat(count("select count(*) from ledger_posting where member_id = '" + member + "'")).isZero();
            assertThat(count("select count(*) from visit_posting where member_id = '" + member + "'")).isZero();

            // CS-07: the voided claim gives its 50.00 back to the accident's limit
            kafka.publish(new ClaimVoided(second, member, LocalDate.parse("2026-03-10"), "billed in error"));
            CostShareApplied again = applied(kafka, pip("C-" + UUID.randomUUID(), member, "NJ", "70.00"));
            assertThat(again.lines()).extracting(LineCostShare::planPaid).containsExactly(money("50.00"));
        }
    }

    @Test
    void florida_pip_does_not_pay_massage_and_a_member_without_pip_is_denied_CO_27() {
        String member = "M-FL-" + UUID.randomUUID();
        api.registerGoldPpo("PIP-FL", 20);
        coverPip(member, "PIP-FL", "10000.00");
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            CostShareApplied florida = applied(kafka, pip("C-" + UUID.randomUUID(), member, "FL", "70.00", "32.00"));
            assertThat(florida.notCoveredLines()).singleElement().satisfies(line -> {
                assertThat(line.procedureCode()).isEqualTo("97124");
                assertThat(line.group() + "-" + line.carc() + " " + line.rarc()).isEqualTo("PR-204 N130");
            });
            assertThat(florida.lines()).extracting(LineCostShare::planPaid).containsExactly(money("32.00"));

            String uninsured = "C-" + UUID.randomUUID();
            kafka.publish(pip(uninsured, "M-NO-PIP-" + UUID.randomUUID(), "NJ", "70.00"));
            CostShareDenied denied = kafka.await(CostShareDenied.class, e -> e.claimId().equals(uninsured));
            assertThat(denied.group() + "-" + denied.carc()).isEqualTo("CO-27");
        }
    }

    @Test
    void the_health_plan_as_secondary_pays_example_11_by_standard_cob_and_by_non_duplication() {
        Map<String, Object> nonDuplication = new HashMap<>(BenefitsRequests.goldPpoBody(20));
        nonDuplication.put("cobMethod", "NON_DUPLICATION");
        api.registerPlan("CARVE-OUT", nonDuplication);
        api.registerGoldPpo("STANDARD-COB", 20);
        assertThat(api.get("/plans/CARVE-OUT").at("/cobMethod").asString()).isEqualTo("NON_DUPLICATION");
        assertThat(api.get("/plans/STANDARD-COB").at("/cobMethod").asString()).isEqualTo("STANDARD");
        String standard = "M-STD-" + UUID.randomUUID();
        String carveOut = "M-NDP-" + UUID.randomUUID();
        api.cover(standard, "STANDARD-COB");
        api.cover(carveOut, "CARVE-OUT");
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            // the deductible met first (500.00), so the visit's normal benefit is 81.60 (Example 11)
            applied(kafka, costShareRequested("C-" + UUID.randomUUID(), standard, "2026-03-01",
                    NetworkTier.IN_NETWORK, "500.00"));
            applied(kafka, costShareRequested("C-" + UUID.randomUUID(), carveOut, "2026-03-01",
                    NetworkTier.IN_NETWORK, "500.00"));

            CostShareApplied paidStandard = applied(kafka, secondary(standard));
            assertThat(total(paidStandard, LineCostShare::planPaid)).isEqualByComparingTo("52.00");
            assertThat(total(paidStandard, LineCostShare::patientResponsibility)).isEqualByComparingTo("0.00");
            assertThat(total(paidStandard, LineCostShare::priorPayerPaid)).isEqualByComparingTo("50.00");
            assertThat(paidStandard.outOfPocketRemaining()).isEqualByComparingTo("2500.00");

            CostShareApplied paidCarveOut = applied(kafka, secondary(carveOut));
            assertThat(total(paidCarveOut, LineCostShare::planPaid)).isEqualByComparingTo("31.60");
            assertThat(total(paidCarveOut, LineCostShare::patientResponsibility)).isEqualByComparingTo("20.40");
            assertThat(paidCarveOut.outOfPocketRemaining()).isEqualByComparingTo("2479.60");
            assertThat(paidCarveOut.visitsUsed()).isEqualTo(2);
        }
    }

    @Test
    void an_auto_pip_coverage_without_its_accident_limit_is_a_422_naming_it_and_nothing_is_stored() {
        api.registerGoldPpo("PIP-NOLIMIT", 20);
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("planId", "PIP-NOLIMIT", "effectiveFrom", "2026-01-01", "payerType", "AUTO_PIP"),
                Map.of("planId", "PIP-NOLIMIT", "effectiveFrom", "2026-01-01", "accidentLimit", "5000.00"))) {
            api.http().put().uri("/members/M-PIP-BAD/coverage").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body)
                    .exchange()
                    .expectStatus().isEqualTo(422)
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("accidentLimit");
        }
        assertThat(count("select count(*) from coverage where member_id = 'M-PIP-BAD'")).isZero();
    }

    private static BigDecimal total(CostShareApplied applied,
            Function<LineCostShare, BigDecimal> amount) {
        return applied.lines().stream().map(amount).map(value -> value == null ? BigDecimal.ZERO : value)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void coverPip(String member, String planId, String limit) {
        api.http().put().uri("/members/" + member + "/coverage").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("planId", planId, "effectiveFrom", "2026-01-01", "payerType", "AUTO_PIP",
                        "accidentLimit", limit))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.accidentLimit").isEqualTo(Double.parseDouble(limit));
    }

    private static CostShareRequested pip(String claimId, String member, String state, String... allowed) {
        CostShareRequested visit = costShareRequested(claimId, member, "2026-03-10", NetworkTier.IN_NETWORK, allowed);
        return new CostShareRequested(visit.claimId(), visit.memberId(), visit.dateOfService(), visit.networkTier(),
                visit.lines(), null, "AUTO_PIP", ACCIDENT, state, null);
    }

    private static CostShareRequested secondary(String member) {
        CostShareRequested visit = costShareRequested("C-" + UUID.randomUUID(), member, "2026-03-10",
                NetworkTier.IN_NETWORK, "70.00", "32.00");
        return new CostShareRequested(visit.claimId(), visit.memberId(), visit.dateOfService(), visit.networkTier(),
                visit.lines(), null, null, null, null, new BigDecimal("50.00"));
    }
}
