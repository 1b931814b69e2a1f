package org.medmassage.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertClaim;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertClp;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertCommonVisitDeniedToTheProvider;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertInNetwork;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertLine;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertUntouched;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertVisits;
import static org.medmassage.systemtests.WorkedExampleFixture.COMMON_VISIT;
import static org.medmassage.systemtests.WorkedExampleFixture.standardPlan;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15 items 2 and 3 end to end (decision 0068, RULEBOOK §7.2, §7.3) on the five services as separate processes:
 * RULEBOOK §7.2 Example 10 to the cent — the common visit billed to workers' comp, priced at the WA sample schedule
 * and paid 96.00 with no authorization asked and the health plan's accumulators untouched — and the same injury
 * billed to the health plan, denied CO-19 N4, then adjudicated as the plan's own once the carrier denied it P2.
 * The therapist practises in WA (the state of service) and is in network at 35.00 / 32.00, which workers' comp ignores.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlternativePayersEndToEndIT {

    private static final String DOS = "2026-03-10";
    /** Licensed in WA and credentialed (decision 0060); its practice address makes WA the state of service. */
    private static final String WASHINGTON_THERAPIST = "1600000057";
    private static final String WORK_INJURY = ",\"relatedCauses\":[\"EMPLOYMENT\"],\"dateOfInjury\":\"2026-02-20\"";
    private static final String WORKERS_COMP = ",\"payer\":\"WORKERS_COMP\"" + WORK_INJURY
            + ",\"workersCompensation\":{\"carrierName\":\"Evergreen Mutual\",\"claimNumber\":\"WC-2026-0042\","
            + "\"employerName\":\"Acme Logistics\"}";

    private SystemUnderTest system;
    private WorkedExampleFixture payer;

    @BeforeAll
    void startTheSystem() throws Exception {
        system = new SystemUnderTest().start();
        payer = new WorkedExampleFixture(system);
        payer.registerLicensedTherapist(WASHINGTON_THERAPIST, "2026-12-31");
    }

    @AfterAll
    void stopTheSystem() {
        if (system != null) {
            system.close();
        }
    }

    // Example 10: allowed 96.00 (97124 2 × 33.00, 97140 1 × 30.00), paid 96.00, CO-45 84.00, patient 0.00
    @Test
    void example_10_workers_comp_pays_96_00_at_the_state_fee_schedule_and_the_health_plan_s_accumulators_stay() {
        payer.plan("EX10", standardPlan(true));
        payer.cover("M-EX10", "EX10");
        JsonNode before = payer.benefitsOf("M-EX10", DOS);
        assertInNetwork(before, "500.00", "3000.00");
        assertUntouched(before);
        double sessionsBilled = payer.handled("authorization-service", "SessionBilled");
        double costShares = payer.handled("benefits-service", "CostShareRequested");
        double authorizationVoids = payer.handled("authorization-service", "ClaimVoided");
        double benefitsVoids = payer.handled("benefits-service", "ClaimVoided");

        String id = payer.submit("M-EX10", WASHINGTON_THERAPIST, null, DOS, COMMON_VISIT, WORKERS_COMP);
        JsonNode claim = payer.awaitDecided(WASHINGTON_THERAPIST, id);

        assertClaim(claim, "PAID", "96.00", "96.00", "0.00");
        assertLine(claim, 1, "66.00", "0.00", "0.00", "0.00", "66.00", "0.00", "CO-45 54.00");
        assertLine(claim, 2, "30.00", "0.00", "0.00", "0.00", "30.00", "0.00", "CO-45 30.00");
        assertThat(claim.at("/payer/claimFilingIndicator").asText()).isEqualTo("WC");
        assertClp(payer.remittance(WASHINGTON_THERAPIST, id), "180.00", "96.00", "0.00");
        assertThat(payer.explanationOfBenefits("M-EX10", id).at("/paidBy/statement").asText())
                .contains("Paid by the workers' compensation carrier Evergreen Mutual", "You owe nothing");
        JsonNode after = payer.benefitsOf("M-EX10", DOS);
        assertInNetwork(after, "500.00", "3000.00");
        assertUntouched(after);

        // the clinic then voids it (frequency 8): its ClaimVoided follows on the member's partition whatever the
        // saga emitted for the claim, so once both services have read it, neither read a SessionBilled or a
        // CostShareRequested for it — the accumulators above were not read too early
        payer.resubmit("8", id, "M-EX10", WASHINGTON_THERAPIST, DOS, COMMON_VISIT).requireStatus(200);
        payer.awaitHandled("authorization-service", "ClaimVoided", authorizationVoids + 1);
        payer.awaitHandled("benefits-service", "ClaimVoided", benefitsVoids + 1);
        assertThat(payer.handled("authorization-service", "SessionBilled")).isEqualTo(sessionsBilled);
        assertThat(payer.handled("benefits-service", "CostShareRequested")).isEqualTo(costShares);
        assertUntouched(payer.benefitsOf("M-EX10", DOS));
    }

    // without the carrier's denial the plan denies it CO-19 N4 and nothing moves; with P2 it is the plan's again:
    // allowed 102.00 all to the deductible (Example 8's arithmetic on a 500.00 deductible)
    @Test
    void a_work_injury_billed_to_the_health_plan_is_denied_CO_19_until_the_carrier_denies_it_P2() {
        payer.plan("WORK", standardPlan(false));
        payer.cover("M-WORK", "WORK");

        String misrouted = payer.submit("M-WORK", WASHINGTON_THERAPIST, null, DOS, COMMON_VISIT, WORK_INJURY);
        JsonNode denied = payer.awaitDecided(WASHINGTON_THERAPIST, misrouted);

        assertCommonVisitDeniedToTheProvider(denied, "19", "N4");
        assertUntouched(payer.benefitsOf("M-WORK", DOS));

        String resent = payer.submit("M-WORK", WASHINGTON_THERAPIST, null, DOS, COMMON_VISIT,
                WORK_INJURY + ",\"priorPayerDenial\":{\"carc\":\"P2\"}");
        JsonNode paid = payer.awaitDecided(WASHINGTON_THERAPIST, resent);

        assertClaim(paid, "PAID", "102.00", "0.00", "102.00");
        assertLine(paid, 1, "70.00", "70.00", "0.00", "0.00", "0.00", "70.00", "CO-45 50.00", "PR-1 70.00");
        assertLine(paid, 2, "32.00", "32.00", "0.00", "0.00", "0.00", "32.00", "CO-45 28.00", "PR-1 32.00");
        JsonNode after = payer.benefitsOf("M-WORK", DOS);
        assertInNetwork(after, "398.00", "2898.00");
        assertVisits(after, 1, 20);
    }
}
