package org.medmassage.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.systemtests.Remittances.assertMoney;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertClaim;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertClp;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertCommonVisitDeniedToTheProvider;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertInNetwork;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertLine;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertOutOfNetwork;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertRemarks;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertUntouched;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertVisits;
import static org.medmassage.systemtests.WorkedExampleFixture.CLINIC;
import static org.medmassage.systemtests.WorkedExampleFixture.COMMON_VISIT;
import static org.medmassage.systemtests.WorkedExampleFixture.LOW_FEE_CLINIC;
import static org.medmassage.systemtests.WorkedExampleFixture.NON_PARTICIPATING_CLINIC;
import static org.medmassage.systemtests.WorkedExampleFixture.OTHER_CLINIC;
import static org.medmassage.systemtests.WorkedExampleFixture.OUT_OF_NETWORK_TERMS;
import static org.medmassage.systemtests.WorkedExampleFixture.claimJson;
import static org.medmassage.systemtests.WorkedExampleFixture.consecutiveDays;
import static org.medmassage.systemtests.WorkedExampleFixture.line;
import static org.medmassage.systemtests.WorkedExampleFixture.standardPlan;
import static org.medmassage.systemtests.WorkedExampleFixture.tier;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * RULEBOOK §5.3 worked examples 1–6 end to end, to the cent, on the five services as separate processes with the real
 * broker and PostgreSQL, plus the intake's duplicate (OA-18), idempotent retry (decision 0053) and NCCI edit (§4.3,
 * decision 0054). Each example has its own member and plan; the starting state it assumes is reached through the
 * public APIs only, by earlier claims on earlier dates of the same plan year, and is checked before the example runs.
 * Common visit (§5.3): DOS 2026-03-10, POS 11, lines 97124-GP x2 billed $120.00 and 97140-GP-59 x1 billed $60.00.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkedExamplesIT {

    private static final String DOS = "2026-03-10";

    SystemUnderTest system;
    private WorkedExampleFixture payer;

    @BeforeAll
    void startTheSystem() throws Exception {
        system = newSystem().start();
        payer = new WorkedExampleFixture(system);
        payer.registerProvidersAndFeeSchedule();
    }

    /** The system the examples run on: one instance of each service here (ScaleOutIT runs them on two). */
    SystemUnderTest newSystem() {
        return new SystemUnderTest();
    }

    @AfterAll
    void stopTheSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void example_1_deductible_50_00_then_20_percent_coinsurance_plan_pays_41_60_patient_60_40_visits_6_of_20() {
        // deductible 400.00 and OOP maximum 2,350.00: five earlier $70.00 visits leave the example's 50.00 and 2,000.00
        payer.plan("EX1", "\"preAuthRequired\":false,\"visitLimit\":20,\"inNetwork\":" + tier("400.00", 20, "0.00",
                "2350.00") + ",\"outOfNetwork\":" + OUT_OF_NETWORK_TERMS);
        payer.cover("M-EX1", "EX1");
        payer.earlierVisits("M-EX1", CLINIC, null, consecutiveDays("2026-02-02", 5),
                List.of(line("97124", 30, "120.00", "GP")));
        JsonNode before = payer.benefitsOf("M-EX1", DOS);
        assertInNetwork(before, "50.00", "2000.00");
        assertVisits(before, 5, 20);

        String id = payer.submit("M-EX1", CLINIC, null, DOS, COMMON_VISIT);
        JsonNode claim = payer.awaitDecided(CLINIC, id);

        assertClaim(claim, "PAID", "102.00", "41.60", "60.40");
        assertLine(claim, 1, "70.00", "50.00", "0.00", "4.00", "16.00", "54.00", "CO-45 50.00", "PR-1 50.00", "PR-2 4.00");
        assertLine(claim, 2, "32.00", "0.00", "0.00", "6.40", "25.60", "6.40", "CO-45 28.00", "PR-2 6.40");
        assertRemittance(CLINIC, id, "180.00", "41.60", "60.40");
        JsonNode after = payer.benefitsOf("M-EX1", DOS);
        assertInNetwork(after, "0.00", "1939.60");
        assertVisits(after, 6, 20);
    }

    @Test
    void example_2_copay_30_00_on_the_first_line_with_the_deductible_waived_plan_pays_72_00_patient_30_00() {
        payer.plan("EX2", copayPlan());
        payer.cover("M-EX2", "EX2");

        String id = payer.submit("M-EX2", CLINIC, null, DOS, COMMON_VISIT);
        JsonNode claim = payer.awaitDecided(CLINIC, id);

        assertClaim(claim, "PAID", "102.00", "72.00", "30.00");
        assertLine(claim, 1, "70.00", "0.00", "30.00", "0.00", "40.00", "30.00", "CO-45 50.00", "PR-3 30.00");
        assertLine(claim, 2, "32.00", "0.00", "0.00", "0.00", "32.00", "0.00", "CO-45 28.00");
        assertRemittance(CLINIC, id, "180.00", "72.00", "30.00");
        JsonNode after = payer.benefitsOf("M-EX2", DOS);
        assertMoney(after.get("inNetwork"), "deductibleMet", "0.00");
        assertInNetwork(after, "500.00", "2970.00");
        assertMoney(after.get("inNetwork"), "outOfPocketMet", "30.00");
        assertVisits(after, 1, 20);
    }

    @Test
    void example_2b_a_copay_above_the_allowed_25_00_costs_the_patient_25_00_and_the_plan_nothing() {
        payer.plan("EX2B", copayPlan());
        payer.cover("M-EX2B", "EX2B");

        String id = payer.submit("M-EX2B", LOW_FEE_CLINIC, null, DOS, List.of(line("97124", 15, "60.00", "GP")));
        JsonNode claim = payer.awaitDecided(LOW_FEE_CLINIC, id);

        assertClaim(claim, "PAID", "25.00", "0.00", "25.00");
        assertLine(claim, 1, "25.00", "0.00", "25.00", "0.00", "0.00", "25.00", "CO-45 35.00", "PR-3 25.00");
        assertRemittance(LOW_FEE_CLINIC, id, "60.00", "0.00", "25.00");
        JsonNode after = payer.benefitsOf("M-EX2B", DOS);
        assertMoney(after.get("inNetwork"), "deductibleMet", "0.00");
        assertMoney(after.get("inNetwork"), "outOfPocketMet", "25.00");
        assertVisits(after, 1, 20);
    }

    @Test
    void example_3_the_out_of_pocket_maximum_reached_inside_the_claim_caps_coinsurance_at_12_00_plan_pays_90_00() {
        // deductible 50.00, OOP maximum 66.00: one earlier $70.00 visit (50.00 + 20 % of 20.00) leaves 12.00
        payer.plan("EX3", "\"preAuthRequired\":false,\"visitLimit\":20,\"inNetwork\":" + tier("50.00", 20, "0.00",
                "66.00") + ",\"outOfNetwork\":" + OUT_OF_NETWORK_TERMS);
        payer.cover("M-EX3", "EX3");
        payer.earlierVisits("M-EX3", CLINIC, null, consecutiveDays("2026-02-02", 1),
                List.of(line("97124", 30, "120.00", "GP")));
        assertInNetwork(payer.benefitsOf("M-EX3", DOS), "0.00", "12.00");

        String id = payer.submit("M-EX3", CLINIC, null, DOS, COMMON_VISIT);
        JsonNode claim = payer.awaitDecided(CLINIC, id);

        assertClaim(claim, "PAID", "102.00", "90.00", "12.00");
        assertLine(claim, 1, "70.00", "0.00", "0.00", "12.00", "58.00", "12.00", "CO-45 50.00", "PR-2 12.00");
        assertLine(claim, 2, "32.00", "0.00", "0.00", "0.00", "32.00", "0.00", "CO-45 28.00");
        assertRemittance(CLINIC, id, "180.00", "90.00", "12.00");
        JsonNode after = payer.benefitsOf("M-EX3", DOS);
        assertInNetwork(after, "0.00", "0.00");
        assertVisits(after, 2, 20);
    }

    @Test
    void example_4a_out_of_network_deductible_takes_the_90_00_allowed_and_the_patient_owes_the_provider_180_00() {
        payer.plan("EX4A", standardPlan(false));
        payer.cover("M-EX4A", "EX4A");
        // five one-hour massages billed $100.00, below the $120.00 maximum allowable, so allowed as billed: 500.00
        payer.earlierVisits("M-EX4A", NON_PARTICIPATING_CLINIC, null, consecutiveDays("2026-02-02", 5),
                List.of(line("97124", 60, "100.00", "GP")));
        assertOutOfNetwork(payer.benefitsOf("M-EX4A", DOS), "500.00", "500.00", "500.00");

        String id = payer.submit("M-EX4A", NON_PARTICIPATING_CLINIC, null, DOS, COMMON_VISIT);
        JsonNode claim = payer.awaitDecided(NON_PARTICIPATING_CLINIC, id);

        assertThat(claim.get("networkTier").asText()).isEqualTo("OUT_OF_NETWORK");
        assertClaim(claim, "PAID", "90.00", "0.00", "180.00");
        assertLine(claim, 1, "60.00", "60.00", "0.00", "0.00", "0.00", "120.00", "PR-45 60.00", "PR-1 60.00");
        assertLine(claim, 2, "30.00", "30.00", "0.00", "0.00", "0.00", "60.00", "PR-45 30.00", "PR-1 30.00");
        assertRemittance(NON_PARTICIPATING_CLINIC, id, "180.00", "0.00", "180.00");
        // DED_OON += 90.00, OOP_OON += 90.00; the 90.00 balance bill posts nowhere (CS-05)
        JsonNode after = payer.benefitsOf("M-EX4A", DOS);
        assertOutOfNetwork(after, "590.00", "410.00", "590.00");
        assertInNetwork(after, "500.00", "3000.00");
    }

    @Test
    void example_4b_out_of_network_deductible_met_40_percent_coinsurance_plan_pays_54_00_patient_owes_126_00() {
        payer.plan("EX4B", standardPlan(false));
        payer.cover("M-EX4B", "EX4B");
        // ten one-hour massages billed $100.00 meet the $1,000.00 out-of-network deductible
        payer.earlierVisits("M-EX4B", NON_PARTICIPATING_CLINIC, null, consecutiveDays("2026-02-02", 10),
                List.of(line("97124", 60, "100.00", "GP")));
        assertOutOfNetwork(payer.benefitsOf("M-EX4B", DOS), "1000.00", "0.00", "1000.00");

        String id = payer.submit("M-EX4B", NON_PARTICIPATING_CLINIC, null, DOS, COMMON_VISIT);
        JsonNode claim = payer.awaitDecided(NON_PARTICIPATING_CLINIC, id);

        assertClaim(claim, "PAID", "90.00", "54.00", "126.00");
        assertLine(claim, 1, "60.00", "0.00", "0.00", "24.00", "36.00", "84.00", "PR-45 60.00", "PR-2 24.00");
        assertLine(claim, 2, "30.00", "0.00", "0.00", "12.00", "18.00", "42.00", "PR-45 30.00", "PR-2 12.00");
        assertRemittance(NON_PARTICIPATING_CLINIC, id, "180.00", "54.00", "126.00");
        assertOutOfNetwork(payer.benefitsOf("M-EX4B", DOS), "1000.00", "0.00", "1036.00");
    }

    @Test
    void example_5_the_21st_visit_of_a_combined_20_visit_limit_is_denied_PR_119_N640_for_the_billed_180_00() {
        payer.plan("EX5", "\"preAuthRequired\":false,\"visitLimit\":20,"
                + "\"visitLimitSharedBy\":[\"MASSAGE\",\"PHYSICAL_THERAPY\",\"OCCUPATIONAL_THERAPY\",\"CHIROPRACTIC\"],"
                + "\"liabilityWhenExhausted\":\"BILLED\",\"inNetwork\":" + tier("500.00", 20, "0.00", "3000.00")
                + ",\"outOfNetwork\":" + OUT_OF_NETWORK_TERMS);
        payer.cover("M-EX5", "EX5");
        payer.earlierVisits("M-EX5", CLINIC, null, consecutiveDays("2026-01-05", 19),
                List.of(line("97124", 30, "120.00", "GP")));
        assertVisits(payer.benefitsOf("M-EX5", DOS), 19, 20);
        // the boundary: with 19 used the visit is covered and becomes 20/20
        JsonNode twentieth = payer.earlierVisits("M-EX5", CLINIC, null, consecutiveDays("2026-03-09", 1),
                List.of(line("97124", 30, "120.00", "GP"))).get(0);
        assertThat(twentieth.get("status").asText()).isEqualTo("PAID");
        JsonNode before = payer.benefitsOf("M-EX5", DOS);
        assertVisits(before, 20, 20);
        assertThat(before.at("/visits/benefitGroup").asText()).isEqualTo("VISITS_REHAB_COMBINED");
        // 20 x 70.00 allowed: the 500.00 deductible, then 20 % of 900.00
        assertInNetwork(before, "0.00", "2320.00");

        String id = payer.submit("M-EX5", CLINIC, null, DOS, COMMON_VISIT);
        JsonNode claim = payer.awaitDecided(CLINIC, id);

        assertClaim(claim, "DENIED", null, "0.00", "180.00");
        assertLine(claim, 1, "0.00", "0.00", "0.00", "0.00", "0.00", "120.00", "PR-119 120.00");
        assertLine(claim, 2, "0.00", "0.00", "0.00", "0.00", "0.00", "60.00", "PR-119 60.00");
        assertRemarks(claim, 1, "N640");
        assertRemittance(CLINIC, id, "180.00", "0.00", "180.00");
        JsonNode after = payer.benefitsOf("M-EX5", DOS);
        assertVisits(after, 20, 20);
        assertInNetwork(after, "0.00", "2320.00");
    }

    @Test
    void example_6a_without_an_authorization_on_file_both_lines_are_denied_CO_197_and_the_patient_owes_nothing() {
        payer.plan("EX6A", standardPlan(true));
        payer.cover("M-EX6A", "EX6A");

        String id = payer.submit("M-EX6A", CLINIC, null, DOS, COMMON_VISIT);
        JsonNode claim = payer.awaitDecided(CLINIC, id);

        assertCommonVisitDeniedToTheProvider(claim, "197", "M62");
        assertRemittance(CLINIC, id, "180.00", "0.00", "0.00");
        assertUntouched(payer.benefitsOf("M-EX6A", DOS));
    }

    // Example 6's authorization window: the rulebook's 2026-02-01…2026-03-31 is 59 days, and a referral's window runs
    // whole weeks (MN-04), so these use 8 weeks, 2026-02-01…2026-03-28; the visit (03-10) and 6c's 04-02 keep their side.

    @Test
    void example_6b_the_13th_visit_of_a_12_visit_authorization_is_denied_CO_198_N54() {
        payer.plan("EX6B", standardPlan(true));
        payer.cover("M-EX6B", "EX6B");
        JsonNode auth = approvedForTwelveVisits("M-EX6B", CLINIC, List.of("97124", "97140"));
        String number = auth.get("authorizationNumber").asText();
        payer.earlierVisits("M-EX6B", CLINIC, number, consecutiveDays("2026-02-02", 12),
                List.of(line("97124", 30, "120.00", "GP")));
        assertVisitsUsed(CLINIC, auth, 12);
        // 12 x 70.00 allowed: the 500.00 deductible, then 20 % of 340.00
        JsonNode before = payer.benefitsOf("M-EX6B", DOS);
        assertInNetwork(before, "0.00", "2432.00");
        assertVisits(before, 12, 20);

        String id = payer.submit("M-EX6B", CLINIC, number, DOS, COMMON_VISIT);
        JsonNode claim = payer.awaitDecided(CLINIC, id);

        assertCommonVisitDeniedToTheProvider(claim, "198", "N54");
        assertRemittance(CLINIC, id, "180.00", "0.00", "0.00");
        JsonNode after = payer.benefitsOf("M-EX6B", DOS);
        assertInNetwork(after, "0.00", "2432.00");
        assertVisits(after, 12, 20);
        assertVisitsUsed(CLINIC, auth, 12);
    }

    @Test
    void example_6c_a_date_of_service_outside_the_authorization_window_is_denied_CO_15_N54() {
        payer.plan("EX6C", standardPlan(true));
        payer.cover("M-EX6C", "EX6C");
        JsonNode auth = approvedForTwelveVisits("M-EX6C", CLINIC, List.of("97124", "97140"));

        String id = payer.submit("M-EX6C", CLINIC, auth.get("authorizationNumber").asText(), "2026-04-02",
                COMMON_VISIT);
        JsonNode claim = payer.awaitDecided(CLINIC, id);

        assertCommonVisitDeniedToTheProvider(claim, "15", "N54");
        assertRemittance(CLINIC, id, "180.00", "0.00", "0.00");
        assertUntouched(payer.benefitsOf("M-EX6C", "2026-04-02"));
        assertVisitsUsed(CLINIC, auth, 0);
    }

    @Test
    void example_6d_an_authorization_for_97140_only_denies_97124_CO_284_and_adjudicates_97140() {
        payer.plan("EX6D", standardPlan(true));
        payer.cover("M-EX6D", "EX6D");
        JsonNode auth = approvedForTwelveVisits("M-EX6D", CLINIC, List.of("97140"));

        String id = payer.submit("M-EX6D", CLINIC, auth.get("authorizationNumber").asText(), DOS, COMMON_VISIT);
        JsonNode claim = payer.awaitDecided(CLINIC, id);

        // line 2 adjudicates normally: a fresh 500.00 deductible takes its 32.00 allowed
        assertClaim(claim, "PARTIALLY_PAID", null, "0.00", "32.00");
        assertLine(claim, 1, "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "CO-284 120.00");
        assertRemarks(claim, 1, "N54");
        assertLine(claim, 2, "32.00", "32.00", "0.00", "0.00", "0.00", "32.00", "CO-45 28.00", "PR-1 32.00");
        assertRemittance(CLINIC, id, "180.00", "0.00", "32.00");
        JsonNode after = payer.benefitsOf("M-EX6D", DOS);
        assertInNetwork(after, "468.00", "2968.00");
        assertVisits(after, 1, 20);
        assertVisitsUsed(CLINIC, auth, 1); // PA-04: the visit's authorized line was treated
    }

    @Test
    void example_6e_an_authorization_issued_to_another_clinic_denies_the_visit_CO_296_N54() {
        payer.plan("EX6E", standardPlan(true));
        payer.cover("M-EX6E", "EX6E");
        JsonNode auth = approvedForTwelveVisits("M-EX6E", OTHER_CLINIC, List.of("97124", "97140"));

        String id = payer.submit("M-EX6E", CLINIC, auth.get("authorizationNumber").asText(), DOS, COMMON_VISIT);
        JsonNode claim = payer.awaitDecided(CLINIC, id);

        assertCommonVisitDeniedToTheProvider(claim, "296", "N54");
        assertRemittance(CLINIC, id, "180.00", "0.00", "0.00");
        assertUntouched(payer.benefitsOf("M-EX6E", DOS));
        assertVisitsUsed(OTHER_CLINIC, auth, 0);
    }

    @Test
    void the_same_services_billed_again_are_denied_OA_18_and_post_nothing() {
        payer.plan("DUP", standardPlan(false));
        payer.cover("M-DUP", "DUP");
        JsonNode first = payer.awaitDecided(CLINIC, payer.submit("M-DUP", CLINIC, null, DOS, COMMON_VISIT));
        assertClaim(first, "PAID", "102.00", "0.00", "102.00");
        JsonNode before = payer.benefitsOf("M-DUP", DOS);
        assertInNetwork(before, "398.00", "2898.00");
        assertVisits(before, 1, 20);

        String id = payer.submit("M-DUP", CLINIC, null, DOS, COMMON_VISIT);
        JsonNode duplicate = payer.awaitDecided(CLINIC, id);

        assertThat(id).isNotEqualTo(first.get("claimId").asText());
        assertClaim(duplicate, "DENIED", null, "0.00", "0.00");
        assertLine(duplicate, 1, "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "OA-18 120.00");
        assertLine(duplicate, 2, "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "OA-18 60.00");
        assertRemittance(CLINIC, id, "180.00", "0.00", "0.00");
        JsonNode after = payer.benefitsOf("M-DUP", DOS);
        assertInNetwork(after, "398.00", "2898.00");
        assertVisits(after, 1, 20);
    }

    @Test
    void a_retry_with_the_same_idempotency_key_answers_the_first_claim_and_another_claim_under_it_is_a_422() {
        payer.plan("RETRY", standardPlan(false));
        payer.cover("M-RETRY", "RETRY");
        String body = claimJson("M-RETRY", CLINIC, null, DOS, COMMON_VISIT);
        String key = "clearinghouse-batch-7-claim-1";

        Api.Response first = payer.submitWithKey(CLINIC, body, key);
        Api.Response retry = payer.submitWithKey(CLINIC, body, key);
        Api.Response otherBody = payer.submitWithKey(CLINIC,
                claimJson("M-RETRY", CLINIC, null, "2026-03-11", COMMON_VISIT), key);

        String id = first.requireStatus(202).get("claimId").asText();
        assertThat(retry.requireStatus(202).get("claimId").asText()).isEqualTo(id);
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.raw()).contains("Idempotency-Key");
        JsonNode claim = payer.awaitDecided(CLINIC, id);
        assertClaim(claim, "PAID", "102.00", "0.00", "102.00");
        // one claim, one visit: the retry posted nothing
        JsonNode after = payer.benefitsOf("M-RETRY", DOS);
        assertInNetwork(after, "398.00", "2898.00");
        assertVisits(after, 1, 20);
    }

    @Test
    void ncci_97530_with_97140_is_denied_CO_236_N20_without_59_on_the_column_2_code_and_paid_with_it() {
        // the shipped sample (claims-service coding/ncci-ptp-sample.tsv): 97140 column 1, 97530 column 2, indicator 1
        payer.plan("NCCI", "\"preAuthRequired\":false,\"visitLimit\":20,"
                + "\"coveredProcedureCodes\":[\"97124\",\"97140\",\"97530\"],\"inNetwork\":"
                + tier("0.00", 20, "0.00", "3000.00") + ",\"outOfNetwork\":" + OUT_OF_NETWORK_TERMS);
        payer.cover("M-NCCI", "NCCI");

        String withoutModifier = payer.submit("M-NCCI", CLINIC, null, DOS,
                List.of(line("97140", 15, "60.00", "GP"), line("97530", 15, "70.00", "GP")));
        JsonNode edited = payer.awaitDecided(CLINIC, withoutModifier);
        assertClaim(edited, "PARTIALLY_PAID", null, "25.60", "6.40");
        assertLine(edited, 1, "32.00", "0.00", "0.00", "6.40", "25.60", "6.40", "CO-45 28.00", "PR-2 6.40");
        assertLine(edited, 2, "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "CO-236 70.00");
        assertRemarks(edited, 2, "N20");

        String withModifier = payer.submit("M-NCCI", CLINIC, null, "2026-03-12",
                List.of(line("97140", 15, "60.00", "GP"), line("97530", 15, "70.00", "GP", "59")));
        JsonNode bypassed = payer.awaitDecided(CLINIC, withModifier);
        assertClaim(bypassed, "PAID", "72.00", "57.60", "14.40");
        assertLine(bypassed, 1, "32.00", "0.00", "0.00", "6.40", "25.60", "6.40", "CO-45 28.00", "PR-2 6.40");
        assertLine(bypassed, 2, "40.00", "0.00", "0.00", "8.00", "32.00", "8.00", "CO-45 30.00", "PR-2 8.00");

        JsonNode after = payer.benefitsOf("M-NCCI", "2026-03-12");
        assertMoney(after.get("inNetwork"), "outOfPocketMet", "20.80");
        assertVisits(after, 2, 20);
    }

    // --- plans, authorizations and the remittance

    /** Example 2: a $30.00 copay per visit, no coinsurance, the deductible waived for rehab visits. */
    private static String copayPlan() {
        return "\"preAuthRequired\":false,\"visitLimit\":20,\"deductibleWaivedForRehab\":true,\"inNetwork\":"
                + tier("500.00", 0, "30.00", "3000.00") + ",\"outOfNetwork\":" + OUT_OF_NETWORK_TERMS;
    }

    /** Example 6's authorization A123: 12 visits of {@code codes} for {@code clinic}, 2026-02-01…2026-03-28. */
    private JsonNode approvedForTwelveVisits(String member, String clinic, List<String> codes) {
        String referral = payer.refer(member, "2026-02-01", 12, 8);
        JsonNode auth = payer.authorize(member, referral, clinic, codes, 12, "2026-02-01");
        assertThat(auth.get("status").asText()).isEqualTo("APPROVED");
        assertThat(auth.get("approvedVisits").asInt()).isEqualTo(12);
        assertThat(auth.get("procedureCodes")).extracting(JsonNode::asText).containsExactlyElementsOf(codes);
        assertThat(auth.get("validFrom").asText()).isEqualTo("2026-02-01");
        assertThat(auth.get("validTo").asText()).isEqualTo("2026-03-28");
        return auth;
    }

    private void assertVisitsUsed(String clinic, JsonNode auth, int used) {
        payer.awaitVisitsUsed(clinic, auth, used);
    }

    private void assertRemittance(String clinic, String claimId, String charge, String payment, String patient) {
        assertClp(payer.remittance(clinic, claimId), charge, payment, patient);
    }
}
