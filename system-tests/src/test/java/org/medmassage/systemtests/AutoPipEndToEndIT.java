package org.medmassage.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertClaim;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertClp;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertInNetwork;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertLine;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertVisits;
import static org.medmassage.systemtests.WorkedExampleFixture.COMMON_VISIT;
import static org.medmassage.systemtests.WorkedExampleFixture.OUT_OF_NETWORK_TERMS;
import static org.medmassage.systemtests.WorkedExampleFixture.consecutiveDays;
import static org.medmassage.systemtests.WorkedExampleFixture.line;
import static org.medmassage.systemtests.WorkedExampleFixture.tier;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15 item 4 end to end (decision 0074, RULEBOOK §7.3) on the five services as separate processes: Example 11 to
 * the cent under both COB methods — auto PIP pays its last 50.00 of the common visit (97124 2 × 35.00 + 97140 32.00 =
 * 102.00 allowed), PR-119 on the rest, and the health plan (deductible met, 20 %) pays as secondary with OA-23 50.00:
 * 52.00 by standard COB (patient 0.00), 31.60 by non-duplication (patient 20.40) — with the accumulators after each
 * claim; and RULEBOOK §9 item 9: Florida PIP does not pay massage (ALT-03), Massachusetts hands over to the health plan
 * after the first 2,000.00 of PIP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AutoPipEndToEndIT {

    /** Licensed in WA and credentialed, in network at 35.00 / 32.00 (decision 0060). */
    private static final String THERAPIST = "1600000065";
    private static final String NJ_ACCIDENT = ",\"relatedCauses\":[\"AUTO_ACCIDENT\"],\"accidentState\":\"NJ\","
            + "\"dateOfInjury\":\"2026-02-20\"";
    private static final String TO_PIP = ",\"payer\":\"AUTO_PIP\"";
    /** PIP's answer on the secondary claim (837P 2320: CAS 119, AMT*D 50.00). */
    private static final String PIP_PAID_50 = ",\"priorPayerDenial\":{\"carc\":\"119\",\"paid\":50.00}";

    private SystemUnderTest system;
    private WorkedExampleFixture payer;

    @BeforeAll
    void startTheSystem() throws Exception {
        system = new SystemUnderTest().start();
        payer = new WorkedExampleFixture(system);
        payer.registerLicensedTherapist(THERAPIST, "2026-12-31");
        payer.plan("AUTO-POLICY", planWithDeductible("102.00", "STANDARD"));
    }

    @AfterAll
    void stopTheSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void example_11_standard_cob_the_health_plan_pays_52_00_after_pip_s_last_50_00_and_the_patient_owes_nothing() {
        String member = exampleEleven("EX11S", "STANDARD");

        JsonNode secondary = payer.awaitDecided(THERAPIST, payer.submit(member, THERAPIST, null, "2026-03-10",
                COMMON_VISIT, NJ_ACCIDENT + PIP_PAID_50));

        assertClaim(secondary, "PAID", "102.00", "52.00", "0.00");
        assertLine(secondary, 1, "70.00", "0.00", "0.00", "0.00", "20.00", "0.00", "CO-45 50.00", "OA-23 50.00");
        assertLine(secondary, 2, "32.00", "0.00", "0.00", "0.00", "32.00", "0.00", "CO-45 28.00");
        assertClp(payer.remittance(THERAPIST, secondary.get("claimId").asText()), "180.00", "52.00", "0.00");
        JsonNode after = payer.benefitsOf(member, "2026-03-10");
        assertInNetwork(after, "0.00", "2898.00");
        assertVisits(after, 2, 20);
    }

    @Test
    void example_11_non_duplication_the_health_plan_pays_31_60_and_the_patient_owes_20_40_coinsurance() {
        String member = exampleEleven("EX11N", "NON_DUPLICATION");

        JsonNode secondary = payer.awaitDecided(THERAPIST, payer.submit(member, THERAPIST, null, "2026-03-10",
                COMMON_VISIT, NJ_ACCIDENT + PIP_PAID_50));

        assertClaim(secondary, "PAID", "102.00", "31.60", "20.40");
        assertLine(secondary, 1, "70.00", "0.00", "0.00", "14.00", "6.00", "14.00", "CO-45 50.00", "PR-2 14.00",
                "OA-23 50.00");
        assertLine(secondary, 2, "32.00", "0.00", "0.00", "6.40", "25.60", "6.40", "CO-45 28.00", "PR-2 6.40");
        JsonNode after = payer.benefitsOf(member, "2026-03-10");
        assertInNetwork(after, "0.00", "2877.60");
        assertVisits(after, 2, 20);
        assertThat(payer.explanationOfBenefits(member, secondary.get("claimId").asText()).at("/paidBy/statement")
                .asText()).contains("as the second payer");
    }

    // RULEBOOK §9 item 9, ALT-03: Florida PIP pays 97140 but not massage (PR-204 N130); the plan then pays as usual
    @Test
    void florida_pip_does_not_pay_massage_so_the_health_plan_pays_it() {
        String member = "M-FL-PIP";
        payer.plan("FL-PLAN", planWithDeductible("0.00", "STANDARD"));
        payer.cover(member, "FL-PLAN");
        payer.coverAutoPip(member, "AUTO-POLICY", "10000.00");
        String floridaAccident = ",\"relatedCauses\":[\"AUTO_ACCIDENT\"],\"accidentState\":\"FL\","
                + "\"dateOfInjury\":\"2026-03-01\"";

        JsonNode byPip = payer.awaitDecided(THERAPIST, payer.submit(member, THERAPIST, null, "2026-03-10",
                COMMON_VISIT, floridaAccident + TO_PIP));

        assertClaim(byPip, "PARTIALLY_PAID", null, "32.00", "120.00");
        assertThat(byPip.at("/lines/0/adjustments/0/carc").asText()).isEqualTo("204");
        assertThat(byPip.at("/lines/0/remarkCodes/0").asText()).isEqualTo("N130");

        JsonNode massageOnly = payer.awaitDecided(THERAPIST, payer.submit(member, THERAPIST, null, "2026-03-12",
                List.of(line("97124", 30, "120.00", "GP")), floridaAccident + TO_PIP));
        assertClaim(massageOnly, "DENIED", null, "0.00", "120.00");

        JsonNode byPlan = payer.awaitDecided(THERAPIST, payer.submit(member, THERAPIST, null, "2026-03-12",
                List.of(line("97124", 30, "120.00", "GP")), floridaAccident + ",\"priorPayerDenial\":{\"carc\":\"204\"}"));
        assertClaim(byPlan, "PAID", "70.00", "56.00", "14.00");
        assertVisits(payer.benefitsOf(member, "2026-03-12"), 1, 20);
    }

    // RULEBOOK §9 item 9: in Massachusetts the health plan is primary after the first 2,000.00 of PIP
    @Test
    void massachusetts_pip_pays_the_first_2000_00_then_denies_PR_119_for_the_health_plan() {
        String member = "M-MA-PIP";
        payer.coverAutoPip(member, "AUTO-POLICY", "8000.00");
        String massachusettsAccident = ",\"relatedCauses\":[\"AUTO_ACCIDENT\"],\"accidentState\":\"MA\","
                + "\"dateOfInjury\":\"2026-04-01\"" + TO_PIP;
        List<LocalDate> days = consecutiveDays("2026-04-02", 21);
        List<String> ids = days.stream().map(day -> payer.submit(member, THERAPIST, null, day.toString(),
                COMMON_VISIT, massachusettsAccident)).toList();
        List<JsonNode> decided = ids.stream().map(id -> payer.awaitDecided(THERAPIST, id)).toList();

        // 19 visits × 102.00 = 1,938.00, then the 20th pays the last 62.00 and the 21st nothing
        assertThat(decided.subList(0, 19)).allSatisfy(claim -> assertClaim(claim, "PAID", "102.00", "102.00",
                "0.00"));
        assertClaim(decided.get(19), "PAID", "102.00", "62.00", "40.00");
        assertClaim(decided.get(20), "DENIED", null, "0.00", "180.00");
        assertThat(decided.get(20).at("/lines/0/adjustments/0/carc").asText()).isEqualTo("119");
    }

    /** Deductible met on 2026-03-03, PIP's 152.00 limit: 102.00 on 2026-03-05, then its last 50.00 on 2026-03-10. */
    private String exampleEleven(String planId, String cobMethod) {
        String member = "M-" + planId;
        payer.plan(planId, planWithDeductible("102.00", cobMethod));
        payer.cover(member, planId);
        payer.coverAutoPip(member, "AUTO-POLICY", "152.00");
        JsonNode deductible = payer.awaitDecided(THERAPIST, payer.submit(member, THERAPIST, null, "2026-03-03",
                COMMON_VISIT));
        assertClaim(deductible, "PAID", "102.00", "0.00", "102.00");
        assertInNetwork(payer.benefitsOf(member, "2026-03-03"), "0.00", "2898.00");

        JsonNode first = payer.awaitDecided(THERAPIST, payer.submit(member, THERAPIST, null, "2026-03-05",
                COMMON_VISIT, NJ_ACCIDENT + TO_PIP));
        assertClaim(first, "PAID", "102.00", "102.00", "0.00");
        JsonNode last = payer.awaitDecided(THERAPIST, payer.submit(member, THERAPIST, null, "2026-03-10",
                COMMON_VISIT, NJ_ACCIDENT + TO_PIP));
        assertClaim(last, "PAID", "102.00", "50.00", "52.00");
        assertLine(last, 1, "70.00", "0.00", "0.00", "0.00", "50.00", "20.00", "CO-45 50.00", "PR-119 20.00");
        assertLine(last, 2, "32.00", "0.00", "0.00", "0.00", "0.00", "32.00", "CO-45 28.00", "PR-119 32.00");
        // PIP's claims touch none of the health plan's accumulators
        JsonNode afterPip = payer.benefitsOf(member, "2026-03-10");
        assertInNetwork(afterPip, "0.00", "2898.00");
        assertVisits(afterPip, 1, 20);
        return member;
    }

    private static String planWithDeductible(String deductible, String cobMethod) {
        return "\"preAuthRequired\":false,\"visitLimit\":20,\"cobMethod\":\"" + cobMethod + "\",\"inNetwork\":"
                + tier(deductible, 20, "0.00", "3000.00") + ",\"outOfNetwork\":" + OUT_OF_NETWORK_TERMS;
    }
}
