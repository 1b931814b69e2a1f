package org.medmassage.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.medmassage.systemtests.ProviderTypeFixture.CO_185_NEXT_STEP;
import static org.medmassage.systemtests.ProviderTypeFixture.CO_185_WORDS;
import static org.medmassage.systemtests.ProviderTypeFixture.MASSAGE_THERAPIST;
import static org.medmassage.systemtests.ProviderTypeFixture.N95_WORDS;
import static org.medmassage.systemtests.ProviderTypeFixture.PHYSICAL_THERAPIST;
import static org.medmassage.systemtests.ProviderTypeFixture.exampleOneTermsPaying;
import static org.medmassage.systemtests.Remittances.assertMoney;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertClaim;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertClp;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertCommonVisitDeniedToTheProvider;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertInNetwork;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertLine;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertRemarks;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertUntouched;
import static org.medmassage.systemtests.WorkedExampleAssertions.assertVisits;
import static org.medmassage.systemtests.WorkedExampleFixture.CLINIC;
import static org.medmassage.systemtests.WorkedExampleFixture.COMMON_VISIT;
import static org.medmassage.systemtests.WorkedExampleFixture.PATIENCE;
import static org.medmassage.systemtests.WorkedExampleFixture.line;
import static org.medmassage.systemtests.WorkedExampleFixture.standardPlan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.medmassage.systemtests.WorkedExampleFixture.Line;
import tools.jackson.databind.JsonNode;

/**
 * The claim edits of issues 13 and 19 end to end, to the cent, on the five services as separate processes: a plan's
 * referral requirement on the billed visit (MN-01, decision 0057), frequency 7 and 8 (decision 0056), the provider's
 * licence judged on the date of service (decision 0060), the provider types a plan pays for massage (decision 0061)
 * and the timed-unit method of the member's plan (RULEBOOK §4.2, decision 0059). Each behaviour has its own member and
 * plan, on the standard plan of {@link WorkedExamplesIT} (deductible 500.00, 20 %, OOP maximum 3,000.00, 20 visits)
 * or, for the provider types, Example 1's (deductible 50.00), at the in-network $35.00 / $32.00 per unit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimEditsEndToEndIT {

    private static final String DOS = "2026-03-10";
    /** A massage therapist whose WA licence ends on {@link #LICENCE_LAST_DAY}. */
    private static final String THERAPIST = "1928374655";
    private static final String LICENCE_LAST_DAY = "2026-03-10";
    private static final String DAY_AFTER_THE_LICENCE = "2026-03-11";
    private static final List<Line> HALF_HOUR_MASSAGE = List.of(line("97124", 30, "120.00", "GP"));
    /** A massage therapist licensed in WA all of 2026 and credentialed: only the plan's provider types can deny it. */
    private static final String LICENSED_THERAPIST = "1928374663";

    private SystemUnderTest system;
    private WorkedExampleFixture payer;

    @BeforeAll
    void startTheSystem() throws Exception {
        system = new SystemUnderTest().start();
        payer = new WorkedExampleFixture(system);
        payer.registerProvidersAndFeeSchedule();
        payer.registerLicensedTherapist(THERAPIST, LICENCE_LAST_DAY);
        payer.registerLicensedTherapist(LICENSED_THERAPIST, "2026-12-31");
    }

    @AfterAll
    void stopTheSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void a_plan_requiring_a_referral_denies_massage_lines_CO_288_N29_until_the_prescriber_records_one() {
        payer.plan("REFREQ", true, standardPlan(false));
        payer.cover("M-REFREQ", "REFREQ");

        String unreferred = payer.submit("M-REFREQ", CLINIC, null, DOS, COMMON_VISIT);
        JsonNode denied = payer.awaitDecided(CLINIC, unreferred);

        assertCommonVisitDeniedToTheProvider(denied, "288", "N29");
        assertClp(payer.remittance(CLINIC, unreferred), "180.00", "0.00", "0.00");
        assertUntouched(payer.benefitsOf("M-REFREQ", DOS));

        // the visit check knows the referral only once authorization-service has read ReferralRecorded
        double referralsRead = payer.handled("authorization-service", "ReferralRecorded");
        payer.refer("M-REFREQ", "2026-03-02", 12, 6); // 2026-03-02…2026-04-12
        payer.awaitHandled("authorization-service", "ReferralRecorded", referralsRead + 1);

        String referred = payer.submit("M-REFREQ", CLINIC, null, "2026-03-12", COMMON_VISIT);
        JsonNode paid = payer.awaitDecided(CLINIC, referred);

        // a fresh 500.00 deductible takes the 102.00 allowed
        assertClaim(paid, "PAID", "102.00", "0.00", "102.00");
        assertLine(paid, 1, "70.00", "70.00", "0.00", "0.00", "0.00", "70.00", "CO-45 50.00", "PR-1 70.00");
        assertLine(paid, 2, "32.00", "32.00", "0.00", "0.00", "0.00", "32.00", "CO-45 28.00", "PR-1 32.00");
        assertClp(payer.remittance(CLINIC, referred), "180.00", "0.00", "102.00");
        JsonNode after = payer.benefitsOf("M-REFREQ", "2026-03-12");
        assertInNetwork(after, "398.00", "2898.00");
        assertVisits(after, 1, 20);
    }

    @Test
    void a_frequency_7_replacement_voids_the_original_and_the_accumulators_keep_only_the_replacement_s_share() {
        payer.plan("FREQ7", standardPlan(false));
        payer.cover("M-FREQ7", "FREQ7");
        String original = payer.submit("M-FREQ7", CLINIC, null, DOS, HALF_HOUR_MASSAGE);
        assertClaim(payer.awaitDecided(CLINIC, original), "PAID", "70.00", "0.00", "70.00");
        JsonNode before = payer.benefitsOf("M-FREQ7", DOS);
        assertInNetwork(before, "430.00", "2930.00");
        assertVisits(before, 1, 20);

        // the session was 45 minutes: 3 units billed $180.00, allowed 3 x 35.00
        String replacement = payer.resubmit("7", original, "M-FREQ7", CLINIC, DOS,
                List.of(line("97124", 45, "180.00", "GP"))).requireStatus(202).get("claimId").asText();
        JsonNode replaced = payer.awaitDecided(CLINIC, replacement);

        assertThat(replacement).isNotEqualTo(original);
        assertThat(replaced.get("frequencyCode").asText()).isEqualTo("7");
        assertThat(replaced.get("replacesClaimId").asText()).isEqualTo(original);
        // adjudicated as a new claim, not an OA-18 duplicate of the one it replaces
        assertClaim(replaced, "PAID", "105.00", "0.00", "105.00");
        assertLine(replaced, 1, "105.00", "105.00", "0.00", "0.00", "0.00", "105.00", "CO-45 75.00", "PR-1 105.00");
        assertClp(payer.remittance(CLINIC, replacement), "180.00", "0.00", "105.00");
        JsonNode voided = payer.claim(CLINIC, original);
        assertThat(voided.get("status").asText()).isEqualTo("VOIDED");
        assertThat(voided.get("replacedBy").asText()).isEqualTo(replacement);
        assertThat(voided.get("voidReason").asText()).isEqualTo("replaced by claim " + replacement + " (frequency 7)");
        // CS-07 gave back the original's 70.00 and its visit; the replacement posted 105.00 and one visit
        awaitBenefits("M-FREQ7", after -> {
            assertInNetwork(after, "395.00", "2895.00");
            assertMoney(after.get("inNetwork"), "deductibleMet", "105.00");
            assertVisits(after, 1, 20);
        });
    }

    @Test
    void a_frequency_8_void_voids_the_claim_and_gives_back_its_deductible_out_of_pocket_and_visit() {
        payer.plan("FREQ8", standardPlan(false));
        payer.cover("M-FREQ8", "FREQ8");
        String original = payer.submit("M-FREQ8", CLINIC, null, DOS, COMMON_VISIT);
        assertClaim(payer.awaitDecided(CLINIC, original), "PAID", "102.00", "0.00", "102.00");
        JsonNode before = payer.benefitsOf("M-FREQ8", DOS);
        assertInNetwork(before, "398.00", "2898.00");
        assertVisits(before, 1, 20);

        JsonNode answer = payer.resubmit("8", original, "M-FREQ8", CLINIC, DOS, COMMON_VISIT).requireStatus(200);

        assertThat(answer.get("claimId").asText()).isEqualTo(original);
        assertThat(answer.get("status").asText()).isEqualTo("VOIDED");
        JsonNode voided = payer.claim(CLINIC, original);
        assertThat(voided.get("status").asText()).isEqualTo("VOIDED");
        assertThat(voided.get("voidReason").asText()).isEqualTo("voided by the provider (frequency 8)");
        assertThat(voided.get("replacedBy").isNull()).as("replacedBy of a void").isTrue();
        assertMoney(voided, "patientResponsibility", "102.00"); // the remittance stays as the record of the decision
        assertThat(payer.remittance(CLINIC, original).at("/clp/statusCode").asInt()).as("CLP02 reversal").isEqualTo(22);
        awaitBenefits("M-FREQ8", after -> {
            assertUntouched(after);
            assertInNetwork(after, "500.00", "3000.00");
        });
    }

    @Test
    void a_therapist_is_paid_on_the_licence_s_last_day_and_denied_CO_185_N95_at_intake_the_day_after() {
        payer.plan("CRED", standardPlan(true));
        payer.cover("M-CRED", "CRED");
        String referral = payer.refer("M-CRED", "2026-03-02", 12, 6);
        JsonNode auth = payer.authorize("M-CRED", referral, THERAPIST, List.of("97124", "97140"), 12, "2026-03-02");
        assertThat(auth.get("status").asText()).isEqualTo("APPROVED");
        String number = auth.get("authorizationNumber").asText();

        String lastDay = payer.submit("M-CRED", THERAPIST, number, LICENCE_LAST_DAY, HALF_HOUR_MASSAGE);
        JsonNode paid = payer.awaitDecided(THERAPIST, lastDay);
        assertClaim(paid, "PAID", "70.00", "0.00", "70.00");
        assertLine(paid, 1, "70.00", "70.00", "0.00", "0.00", "0.00", "70.00", "CO-45 50.00", "PR-1 70.00");
        payer.awaitVisitsUsed(THERAPIST, auth, 1);
        JsonNode before = payer.benefitsOf("M-CRED", DAY_AFTER_THE_LICENCE);
        assertInNetwork(before, "430.00", "2930.00");
        assertVisits(before, 1, 20);
        double denialsRead = payer.handled("authorization-service", "ClaimAdjudicated");

        String dayAfter = payer.submit("M-CRED", THERAPIST, number, DAY_AFTER_THE_LICENCE, HALF_HOUR_MASSAGE);
        JsonNode denied = payer.awaitDecided(THERAPIST, dayAfter);

        assertClaim(denied, "DENIED", null, "0.00", "0.00");
        assertLine(denied, 1, "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "CO-185 120.00");
        assertRemarks(denied, 1, "N95");
        assertThat(denied.get("denialReason").asText()).isEqualTo("CO-185: rendering provider " + THERAPIST
                + " holds no licence valid on " + DAY_AFTER_THE_LICENCE + " in WA, the state of service");
        assertClp(payer.remittance(THERAPIST, dayAfter), "120.00", "0.00", "0.00");
        // authorization-service reads the denial (a DENIED claim gives its visit back, PA-04), yet the claim never
        // used one: no SessionBilled left intake, so the paid visit stays the only one counted
        payer.awaitHandled("authorization-service", "ClaimAdjudicated", denialsRead + 1);
        payer.awaitVisitsUsed(THERAPIST, auth, 1);
        JsonNode after = payer.benefitsOf("M-CRED", DAY_AFTER_THE_LICENCE);
        assertInNetwork(after, "430.00", "2930.00");
        assertVisits(after, 1, 20);

        JsonNode eob = payer.explanationOfBenefits("M-CRED", dayAfter);
        assertThat(eob.get("status").asText()).isEqualTo("DENIED");
        assertMoney(eob.get("totals"), "youOwe", "0.00");
        assertThat(explanations(eob)).containsExactly(CO_185_WORDS, N95_WORDS);
        assertThat(eob.get("nextSteps").get(0).asText()).isEqualTo(CO_185_NEXT_STEP);
    }

    @Test
    void a_massage_therapist_is_paid_under_a_plan_that_pays_massage_therapists_and_physical_therapists() {
        payer.plan("TYPES-LMT", exampleOneTermsPaying(MASSAGE_THERAPIST, PHYSICAL_THERAPIST));
        payer.cover("M-TYPES-LMT", "TYPES-LMT");

        String id = payer.submit("M-TYPES-LMT", LICENSED_THERAPIST, null, DOS, COMMON_VISIT);
        JsonNode paid = payer.awaitDecided(LICENSED_THERAPIST, id);

        // Example 1's arithmetic: the 50.00 deductible on line 1, then 20 % coinsurance
        assertClaim(paid, "PAID", "102.00", "41.60", "60.40");
        assertLine(paid, 1, "70.00", "50.00", "0.00", "4.00", "16.00", "54.00", "CO-45 50.00", "PR-1 50.00", "PR-2 4.00");
        assertLine(paid, 2, "32.00", "0.00", "0.00", "6.40", "25.60", "6.40", "CO-45 28.00", "PR-2 6.40");
        assertClp(payer.remittance(LICENSED_THERAPIST, id), "180.00", "41.60", "60.40");
        JsonNode after = payer.benefitsOf("M-TYPES-LMT", DOS);
        assertInNetwork(after, "0.00", "2939.60");
        assertMoney(after.get("inNetwork"), "deductibleMet", "50.00");
        assertVisits(after, 1, 20);
    }

    @Test
    void the_same_claim_under_a_plan_paying_only_physical_therapists_is_denied_CO_185_N95_and_the_member_owes_nothing() {
        // no pre-authorization: an authorization for a provider type the plan does not pay is authorization's to refuse
        payer.plan("TYPES-PT", exampleOneTermsPaying(PHYSICAL_THERAPIST));
        payer.cover("M-TYPES-PT", "TYPES-PT");

        String id = payer.submit("M-TYPES-PT", LICENSED_THERAPIST, null, DOS, COMMON_VISIT);
        JsonNode denied = payer.awaitDecided(LICENSED_THERAPIST, id);

        // the provider's liability (CO): every line denied for its full charge, nothing allowed, nothing owed
        assertClaim(denied, "DENIED", null, "0.00", "0.00");
        assertLine(denied, 1, "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "CO-185 120.00");
        assertLine(denied, 2, "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "CO-185 60.00");
        assertRemarks(denied, 1, "N95");
        assertRemarks(denied, 2, "N95");
        assertThat(denied.get("denialReason").asText()).isEqualTo("CO-185: rendering provider type " + MASSAGE_THERAPIST
                + " (Massage Therapist) is not one plan TYPES-PT pays for massage");
        assertClp(payer.remittance(LICENSED_THERAPIST, id), "180.00", "0.00", "0.00");
        JsonNode after = payer.benefitsOf("M-TYPES-PT", DOS);
        assertUntouched(after);
        assertInNetwork(after, "50.00", "3000.00");

        JsonNode eob = payer.explanationOfBenefits("M-TYPES-PT", id);
        assertThat(eob.get("status").asText()).isEqualTo("DENIED");
        assertMoney(eob.get("totals"), "youOwe", "0.00");
        assertMoney(eob.get("totals"), "notBillableToYou", "180.00");
        assertThat(eob.get("denialReason").asText()).isEqualTo(denied.get("denialReason").asText());
        assertThat(explanations(eob)).containsExactly(CO_185_WORDS, N95_WORDS);
        assertThat(eob.get("nextSteps").get(0).asText()).isEqualTo(CO_185_NEXT_STEP);
    }

    @Test
    void an_authorization_asked_for_a_massage_therapist_under_a_plan_paying_only_physical_therapists_is_denied_A3() {
        // the plan's provider types reach authorization-service by CoverageActivated (decision 0063)
        double coveragesRead = payer.handled("authorization-service", "CoverageActivated");
        payer.plan("TYPES-PT-AUTH", exampleOneTermsPaying(PHYSICAL_THERAPIST));
        payer.cover("M-TYPES-AUTH", "TYPES-PT-AUTH");
        payer.awaitHandled("authorization-service", "CoverageActivated", coveragesRead + 1);
        String referral = payer.refer("M-TYPES-AUTH", "2026-03-02", 12, 6);

        String id = payer.provider(LICENSED_THERAPIST).post(system.baseUrl("authorization-service") + "/authorizations",
                """
                {"memberId":"M-TYPES-AUTH","referralId":"%s","providerNpi":"%s","procedureCodes":["97124"],
                 "requestedVisits":12,"startDate":"2026-03-02","priority":"STANDARD","renderingProviderTaxonomy":"%s"}
                """.formatted(referral, LICENSED_THERAPIST, MASSAGE_THERAPIST)).requireStatus(201)
                .get("authorizationId").asText();

        // denied before any visit is promised, with the specific reason (RULEBOOK §1.3)
        JsonNode auth = payer.authorization(LICENSED_THERAPIST, id);
        assertThat(auth.get("status").asText()).isEqualTo("DENIED");
        assertThat(auth.get("x12ActionCode").asText()).isEqualTo("A3");
        assertThat(auth.get("reasonCode").asText()).isEqualTo("§1.3");
        assertThat(auth.get("reason").asText()).contains("does not pay this provider type", MASSAGE_THERAPIST,
                "TYPES-PT-AUTH");
    }

    @Test
    void the_same_38_and_10_minutes_are_3_plus_1_units_on_an_AMA_per_code_plan_and_2_plus_1_on_a_CMS_total_time_plan() {
        payer.plan("AMA", standardPlan(false) + ",\"timedUnitMethod\":\"AMA_PER_CODE\"");
        payer.plan("CMS", standardPlan(false) + ",\"timedUnitMethod\":\"CMS_TOTAL_TIME\"");
        double coverageRead = payer.handled("claims-service", "CoverageActivated");
        payer.cover("M-AMA", "AMA");
        payer.cover("M-CMS", "CMS");
        // intake counts units by the coverage terms claims-service has heard of (decision 0059)
        payer.awaitHandled("claims-service", "CoverageActivated", coverageRead + 2);
        List<Line> session = List.of(line("97124", 38, "180.00", "GP"), line("97140", 10, "60.00", "GP", "59"));

        JsonNode perCode = payer.awaitDecided(CLINIC, payer.submit("M-AMA", CLINIC, null, DOS, session));
        JsonNode totalTime = payer.awaitDecided(CLINIC, payer.submit("M-CMS", CLINIC, null, DOS, session));

        // CPT-02: 38 min and 10 min each pass a mid-point on their own, 3 + 1 units
        assertThat(perCode.get("timedUnitMethod").asText()).isEqualTo("AMA_PER_CODE");
        assertThat(units(perCode)).containsExactly(3, 1);
        assertClaim(perCode, "PAID", "137.00", "0.00", "137.00");
        assertLine(perCode, 1, "105.00", "105.00", "0.00", "0.00", "0.00", "105.00", "CO-45 75.00", "PR-1 105.00");
        assertLine(perCode, 2, "32.00", "32.00", "0.00", "0.00", "0.00", "32.00", "CO-45 28.00", "PR-1 32.00");
        assertInNetwork(payer.benefitsOf("M-AMA", DOS), "363.00", "2863.00");
        // CPT-01: 48 pooled minutes are 3 units, 2 full ones of 97124 and the third to 97140's larger remainder
        assertThat(totalTime.get("timedUnitMethod").asText()).isEqualTo("CMS_TOTAL_TIME");
        assertThat(units(totalTime)).containsExactly(2, 1);
        assertClaim(totalTime, "PAID", "102.00", "0.00", "102.00");
        assertLine(totalTime, 1, "70.00", "70.00", "0.00", "0.00", "0.00", "70.00", "CO-45 110.00", "PR-1 70.00");
        assertLine(totalTime, 2, "32.00", "32.00", "0.00", "0.00", "0.00", "32.00", "CO-45 28.00", "PR-1 32.00");
        assertInNetwork(payer.benefitsOf("M-CMS", DOS), "398.00", "2898.00");
    }

    // --- reads

    /** Benefits learn of a void by event: the member's accumulators polled with a deadline. */
    private void awaitBenefits(String member, Consumer<JsonNode> expected) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> expected.accept(payer.benefitsOf(member, DOS)));
    }

    private static List<Integer> units(JsonNode claim) {
        List<Integer> units = new ArrayList<>();
        claim.get("lines").forEach(line -> units.add(line.get("units").asInt()));
        return units;
    }

    /** Each code of the EOB with its plain words, "CODE words". */
    private static List<String> explanations(JsonNode eob) {
        List<String> explained = new ArrayList<>();
        eob.get("codes").forEach(code -> explained.add(code.get("code").asText() + " "
                + code.get("explanation").asText()));
        return explained;
    }
}
