package org.medmassage.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.medmassage.systemtests.Remittances.adjustments;
import static org.medmassage.systemtests.Remittances.assertBalanced;
import static org.medmassage.systemtests.Remittances.assertMoney;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The foundation story (issue 2), walked over HTTP against the broker and the five services running as separate
 * processes. All amounts exact. Every wait polls with a deadline.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClaimJourneyIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String MEMBER = "M-1001";
    private static final String OTHER_MEMBER = "M-2002";
    private static final String THIRD_MEMBER = "M-3003";
    private static final String PROVIDER = "1245319599";
    // the provider's system starts the first claim's trace: every service's log must name it (decision 0080)
    private static final String FIRST_CLAIM_TRACE = java.util.UUID.randomUUID().toString().replace("-", "");

    private final Api anonymous = new Api();
    // each step as the role that takes it in real life: the payer's admin, the prescriber, the therapist, the patient
    private Api admin;
    private Api prescriber;
    private Api provider;
    private SystemUnderTest system;
    private String referral;
    private String authorizationId;
    private String authorizationNumber;
    private String firstClaim;
    private String secondClaim;
    private String thirdAuthorizationId;
    private String thirdClaim;

    @BeforeAll
    void startTheSystemAndLoadThePlan() throws Exception {
        system = new SystemUnderTest().start();
        admin = anonymous.as(system.issuerUri(), "admin", null, null);
        prescriber = anonymous.as(system.issuerUri(), "prescriber", null, "1234567893");
        provider = anonymous.as(system.issuerUri(), "provider", null, PROVIDER);
        admin.put(benefits("/plans/GOLD-PPO"), """
                {"planYearStart":"01-01","preAuthRequired":true,"referralRequired":false,"visitLimit":20,
                 "inNetwork":{"deductible":500.00,"coinsurancePercent":20,"copay":0.00,"outOfPocketMax":3000.00},
                 "outOfNetwork":{"deductible":1000.00,"coinsurancePercent":40,"copay":0.00,"outOfPocketMax":null}}
                """).requireStatus(200);
        for (String member : List.of(MEMBER, OTHER_MEMBER)) {
            admin.put(benefits("/members/" + member + "/coverage"), """
                    {"planId":"GOLD-PPO","effectiveFrom":"2026-01-01","effectiveTo":"2026-12-31"}
                    """).requireStatus(200);
        }
        admin.put(claims("/providers/" + PROVIDER), """
                {"name":"Lakeside Medical Massage","network":"IN_NETWORK","rates":{"97124":40.00,"97140":38.00}}
                """).requireStatus(200);
    }

    @AfterAll
    void stopTheSystem() {
        if (system != null) {
            printFootprint();
            system.close();
        }
    }

    @Test
    @Order(1)
    void a_complete_referral_is_recorded_with_its_six_week_window() {
        JsonNode recorded = prescriber.post(referrals("/referrals"), referralJson("M54.50")).requireStatus(201);
        referral = recorded.get("referralId").asText();
        // MN-04: recorded after its window ended (2026-04-12), the story's referral is already EXPIRED today
        String statusToday = java.time.LocalDate.now().isAfter(java.time.LocalDate.of(2026, 4, 12)) ? "EXPIRED" : "ACTIVE";
        assertThat(recorded.get("status").asText()).isEqualTo(statusToday);
        assertThat(recorded.get("validFrom").asText()).isEqualTo("2026-03-02");
        assertThat(recorded.get("validTo").asText()).isEqualTo("2026-04-12");
        awaitNotifications(MEMBER, 1);
    }

    @Test
    @Order(2)
    void a_referral_with_the_retired_code_M54_5_is_refused_naming_the_code() {
        Api.Response refused = prescriber.post(referrals("/referrals"), referralJson("M54.5"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.raw()).contains("M54.5").contains("M54.50").contains("M54.51").contains("M54.59");
        assertThat(refused.body().get("errors").get(0).get("field").asText()).startsWith("diagnosisCodes");
    }

    @Test
    @Order(3)
    void the_authorization_is_approved_for_twelve_visits_inside_the_referral_window() {
        JsonNode created = provider.post(authorizations("/authorizations"), """
                {"memberId":"%s","referralId":"%s","providerNpi":"%s","procedureCodes":["97124","97140"],
                 "requestedVisits":12,"startDate":"2026-03-02","priority":"STANDARD"}
                """.formatted(MEMBER, referral, PROVIDER)).requireStatus(201);
        authorizationId = created.get("authorizationId").asText();
        authorizationNumber = created.get("authorizationNumber").asText();
        // the referral may still be on its way to authorization-service: PENDED is then decided when it arrives
        JsonNode approved = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .until(() -> provider.get(authorizations("/authorizations/" + authorizationId)).requireStatus(200),
                        auth -> auth.get("status").asText().equals("APPROVED"));
        assertThat(approved.get("approvedVisits").asInt()).isEqualTo(12);
        assertThat(approved.get("validFrom").asText()).isEqualTo("2026-03-02");
        assertThat(approved.get("validTo").asText()).isEqualTo("2026-04-12");
        awaitNotifications(MEMBER, 2);
    }

    @Test
    @Order(4)
    void the_first_session_goes_to_the_deductible() {
        firstClaim = submitClaim(MEMBER, authorizationNumber, "2026-03-10", 30, "120.00",
                Map.of("traceparent", "00-" + FIRST_CLAIM_TRACE + "-00f067aa0ba902b7-01"));
        JsonNode claim = awaitTerminal(firstClaim);
        assertThat(claim.get("status").asText()).isEqualTo("PAID");
        JsonNode line = claim.get("lines").get(0);
        assertThat(line.get("units").asInt()).isEqualTo(2);
        assertMoney(line, "charge", "120.00");
        assertMoney(line, "allowed", "80.00");
        assertMoney(line, "deductible", "80.00");
        assertMoney(line, "coinsurance", "0.00");
        assertMoney(line, "planPaid", "0.00");
        assertMoney(line, "patientResponsibility", "80.00");
        assertThat(adjustments(line)).containsExactlyInAnyOrder("CO-45 40.00", "PR-1 80.00");
        assertBalanced(claim);

        JsonNode benefits = benefitsOf(MEMBER, "2026-03-10");
        assertMoney(benefits.get("inNetwork"), "deductibleRemaining", "420.00");
        assertThat(benefits.get("visits").get("used").asInt()).isEqualTo(1);
        awaitNotifications(MEMBER, 3);
    }

    @Test
    @Order(5)
    void the_second_session_of_38_minutes_is_three_units_and_also_goes_to_the_deductible() {
        secondClaim = submitClaim(MEMBER, authorizationNumber, "2026-03-12", 38, "180.00");
        JsonNode claim = awaitTerminal(secondClaim);
        assertThat(claim.get("status").asText()).isEqualTo("PAID");
        JsonNode line = claim.get("lines").get(0);
        assertThat(line.get("units").asInt()).isEqualTo(3);
        assertMoney(line, "allowed", "120.00");
        assertMoney(line, "deductible", "120.00");
        assertMoney(line, "patientResponsibility", "120.00");
        assertThat(adjustments(line)).containsExactlyInAnyOrder("CO-45 60.00", "PR-1 120.00");
        assertBalanced(claim);

        JsonNode benefits = benefitsOf(MEMBER, "2026-03-12");
        assertMoney(benefits.get("inNetwork"), "deductibleRemaining", "300.00");
        assertThat(benefits.get("visits").get("used").asInt()).isEqualTo(2);
        assertThat(provider.get(authorizations("/authorizations/" + authorizationId)).requireStatus(200)
                .get("visitsUsed").asInt()).isEqualTo(2);
        awaitNotifications(MEMBER, 4);
    }

    @Test
    @Order(6)
    void a_claim_without_authorization_is_denied_CO_197_and_posts_nothing() {
        String denied = submitClaim(OTHER_MEMBER, null, "2026-03-10", 30, "120.00");
        JsonNode claim = awaitTerminal(denied);
        assertThat(claim.get("status").asText()).isEqualTo("DENIED");
        JsonNode line = claim.get("lines").get(0);
        assertThat(adjustments(line)).containsExactly("CO-197 120.00");
        assertMoney(line, "patientResponsibility", "0.00");
        assertMoney(line, "planPaid", "0.00");
        assertMoney(claim, "patientResponsibility", "0.00");
        assertBalanced(claim);

        JsonNode benefits = benefitsOf(OTHER_MEMBER, "2026-03-10");
        assertMoney(benefits.get("inNetwork"), "deductibleRemaining", "500.00");
        assertMoney(benefits.get("inNetwork"), "outOfPocketMet", "0.00");
        assertThat(benefits.get("visits").get("used").asInt()).isZero();
    }

    @Test
    @Order(7)
    void an_invalid_claim_is_refused_with_problem_details_naming_each_field() {
        // as a provider whose token carries the mistyped NPI: the request reaches validation (under another
        // provider's token it would be a 403 before any validation)
        Api.Response refused = anonymous.as(system.issuerUri(), "provider", null, "1245319590").post(claims("/claims"), """
                {"memberId":"M-1001","renderingProviderNpi":"1245319590","dateOfService":"2026-03-10",
                 "placeOfService":"11","diagnosisCodes":["M54.50"],
                 "lines":[{"procedureCode":"97124","minutes":30,"charge":120.00,"diagnosisPointers":[3]}]}
                """);
        assertThat(refused.status()).isIn(400, 422);
        assertThat(refused.raw()).contains("renderingProviderNpi").contains("diagnosisPointers");
    }

    @Test
    @Order(8)
    void redelivering_processed_events_changes_nothing_and_the_patient_sees_the_story_in_order() {
        int notificationsBefore = notifications(MEMBER).size();
        Redelivery redelivery = new Redelivery(system, anonymous); // reads only the open /actuator/prometheus
        Map<String, Double> duplicatesBefore = redelivery.duplicateCounts();

        int redelivered = redelivery.redeliverClaimEventsOf(MEMBER);
        assertThat(redelivered).isEqualTo(6); // 2 × (SessionBilled, CostShareRequested, ClaimAdjudicated)

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            Map<String, Double> now = redelivery.duplicateCounts();
            assertThat(now.get("benefits-service") - duplicatesBefore.get("benefits-service")).isGreaterThanOrEqualTo(2);
            // authorization only takes SessionBilled here: a PAID ClaimAdjudicated is not relevant to it
            assertThat(now.get("authorization-service") - duplicatesBefore.get("authorization-service")).isGreaterThanOrEqualTo(2);
            assertThat(now.get("notification-service") - duplicatesBefore.get("notification-service")).isGreaterThanOrEqualTo(2);
        });

        JsonNode benefits = benefitsOf(MEMBER, "2026-03-12");
        assertMoney(benefits.get("inNetwork"), "deductibleRemaining", "300.00");
        assertThat(benefits.get("visits").get("used").asInt()).isEqualTo(2);
        assertThat(provider.get(authorizations("/authorizations/" + authorizationId)).requireStatus(200)
                .get("visitsUsed").asInt()).isEqualTo(2);
        assertThat(provider.get(claims("/claims/" + firstClaim)).requireStatus(200).get("status").asText()).isEqualTo("PAID");

        List<JsonNode> story = notifications(MEMBER);
        assertThat(story).hasSize(notificationsBefore);
        assertThat(story).extracting(n -> n.get("sourceEventType").asText())
                .containsExactly("ReferralRecorded", "AuthApproved", "ClaimAdjudicated", "ClaimAdjudicated");
        assertThat(story.get(2).get("message").asText()).contains("80.00");
        assertThat(story.get(3).get("message").asText()).contains("120.00");
    }

    @Test
    @Order(9)
    void a_line_the_plan_does_not_cover_is_denied_PR_204_while_the_massage_line_is_paid() {
        admin.put(benefits("/plans/MASSAGE-ONLY"), """
                {"planYearStart":"01-01","preAuthRequired":true,"referralRequired":false,"visitLimit":20,
                 "coveredProcedureCodes":["97124"],
                 "inNetwork":{"deductible":500.00,"coinsurancePercent":20,"copay":0.00,"outOfPocketMax":3000.00},
                 "outOfNetwork":{"deductible":1000.00,"coinsurancePercent":40,"copay":0.00,"outOfPocketMax":null}}
                """).requireStatus(200);
        admin.put(benefits("/members/" + THIRD_MEMBER + "/coverage"), """
                {"planId":"MASSAGE-ONLY","effectiveFrom":"2026-01-01","effectiveTo":"2026-12-31"}
                """).requireStatus(200);
        String thirdReferral = prescriber.post(referrals("/referrals"), referralJson(THIRD_MEMBER, "M54.50")).requireStatus(201)
                .get("referralId").asText();
        thirdAuthorizationId = provider.post(authorizations("/authorizations"), """
                {"memberId":"%s","referralId":"%s","providerNpi":"%s","procedureCodes":["97124","97140"],
                 "requestedVisits":12,"startDate":"2026-03-02","priority":"STANDARD"}
                """.formatted(THIRD_MEMBER, thirdReferral, PROVIDER)).requireStatus(201).get("authorizationId").asText();
        // the authorization knows the plan (decision 0067): it certifies 97124 only, and the 97140 line is left to
        // benefits, which denies it PR-204 (CS-01 step 0 comes before the authorization checks)
        JsonNode approved = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .until(() -> provider.get(authorizations("/authorizations/" + thirdAuthorizationId)).requireStatus(200),
                        a -> !a.get("status").asText().equals("PENDED"));
        assertThat(approved.get("status").asText()).isEqualTo("PARTIALLY_APPROVED");
        assertThat(approved.get("reason").asText()).isEqualTo("97140 not covered by plan MASSAGE-ONLY");

        thirdClaim = provider.post(claims("/claims"), """
                {"memberId":"%s","authorizationNumber":"%s","renderingProviderNpi":"%s","dateOfService":"2026-03-10",
                 "placeOfService":"11","diagnosisCodes":["M54.50"],
                 "lines":[{"procedureCode":"97124","modifiers":["GP"],"minutes":30,"charge":120.00,"diagnosisPointers":[1]},
                          {"procedureCode":"97140","modifiers":["GP","59"],"minutes":15,"charge":60.00,"diagnosisPointers":[1]}]}
                """.formatted(THIRD_MEMBER, approved.get("authorizationNumber").asText(), PROVIDER))
                .requireStatus(202).get("claimId").asText();
        JsonNode claim = awaitTerminal(thirdClaim);
        assertThat(claim.get("status").asText()).isEqualTo("PARTIALLY_PAID");
        JsonNode massage = claim.get("lines").get(0);
        assertThat(adjustments(massage)).containsExactlyInAnyOrder("CO-45 40.00", "PR-1 80.00");
        JsonNode manualTherapy = claim.get("lines").get(1);
        assertThat(adjustments(manualTherapy)).containsExactly("PR-204 60.00");
        assertThat(manualTherapy.get("remarkCodes").toString()).contains("N130");
        assertMoney(claim, "patientResponsibility", "140.00");
        assertMoney(claim, "planPaid", "0.00");
        assertBalanced(claim);

        // only the covered line posts (CS-05); the visit counts once and stays used at authorization
        JsonNode benefits = benefitsOf(THIRD_MEMBER, "2026-03-10");
        assertMoney(benefits.get("inNetwork"), "deductibleRemaining", "420.00");
        assertMoney(benefits.get("inNetwork"), "outOfPocketMet", "80.00");
        assertThat(benefits.get("visits").get("used").asInt()).isEqualTo(1);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> assertThat(
                provider.get(authorizations("/authorizations/" + thirdAuthorizationId)).requireStatus(200)
                        .get("visitsUsed").asInt()).isEqualTo(1));
    }

    @Test
    @Order(10)
    void voiding_the_partly_paid_claim_gives_back_its_deductible_out_of_pocket_and_visit() {
        String reason = "Billed in error: the session did not take place.";
        JsonNode voided = admin.post(claims("/claims/" + thirdClaim + "/void"), """
                {"reason":"%s"}
                """.formatted(reason)).requireStatus(200);
        assertThat(voided.get("status").asText()).isEqualTo("VOIDED");
        assertThat(voided.get("voidReason").asText()).isEqualTo(reason);
        assertMoney(voided, "patientResponsibility", "140.00"); // the remittance stays as the record of the decision

        // CS-07 at benefits, PA-04 at authorization: everything the claim counted is given back
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            JsonNode benefits = benefitsOf(THIRD_MEMBER, "2026-03-10");
            assertMoney(benefits.get("inNetwork"), "deductibleRemaining", "500.00");
            assertMoney(benefits.get("inNetwork"), "outOfPocketMet", "0.00");
            assertThat(benefits.get("visits").get("used").asInt()).isZero();
            assertThat(provider.get(authorizations("/authorizations/" + thirdAuthorizationId)).requireStatus(200)
                    .get("visitsUsed").asInt()).isZero();
        });
        assertThat(provider.get(claims("/claims/" + thirdClaim)).requireStatus(200).get("status").asText())
                .isEqualTo("VOIDED");
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> assertThat(
                notifications(THIRD_MEMBER)).extracting(n -> n.get("sourceEventType").asText()).contains("ClaimVoided"));
    }

    @Test
    @Order(11)
    void a_member_reads_only_their_own_data_and_every_read_of_it_is_in_the_audit_trail() {
        Api patient = as(MEMBER);
        assertThat(patient.get(claims("/claims/" + firstClaim)).requireStatus(200).get("memberId").asText())
                .isEqualTo(MEMBER);
        // another member's claim does not exist for this patient; another member's paths are forbidden outright
        assertThat(patient.get(claims("/claims/" + thirdClaim)).status()).isEqualTo(404);
        assertThat(patient.get(authorizations("/authorizations/" + thirdAuthorizationId)).status()).isEqualTo(404);
        assertThat(patient.get(benefits("/members/" + THIRD_MEMBER + "/benefits?asOf=2026-03-10")).status())
                .isEqualTo(403);
        assertThat(patient.get(base("notification-service") + "/members/" + THIRD_MEMBER + "/notifications").status())
                .isEqualTo(403);
        assertThat(patient.get(base("notification-service") + "/members/" + THIRD_MEMBER + "/notifications/stream")
                .status()).isEqualTo(403);
        assertThat(anonymous.get(benefits("/members/" + MEMBER + "/ledger")).status()).isEqualTo(401);

        Api ops = anonymous.as(system.issuerUri(), "ops", null, null);
        List<String> benefitsTrail = new ArrayList<>();
        ops.get(benefits("/audit?memberId=" + THIRD_MEMBER)).requireStatus(200).forEach(line -> benefitsTrail.add(
                line.get("actor").asText() + " " + line.get("action").asText() + " " + line.get("outcome").asText()));
        assertThat(benefitsTrail).contains("member:" + THIRD_MEMBER + " READ ALLOWED", "member:" + MEMBER
                + " READ DENIED");
        List<String> claimsTrail = new ArrayList<>();
        ops.get(claims("/audit?memberId=" + THIRD_MEMBER)).requireStatus(200).forEach(line -> claimsTrail.add(
                line.get("actor").asText() + " " + line.get("resource").asText() + " " + line.get("outcome").asText()));
        assertThat(claimsTrail).contains("member:" + MEMBER + " GET /claims/" + thirdClaim + " DENIED",
                "provider:" + PROVIDER + " POST /claims ALLOWED");
    }

    @Test
    @Order(12)
    void the_services_logs_name_no_diagnosis_prescriber_or_member_of_the_journey() {
        List<String> phi = List.of("M54.5", "Ada Quinn", MEMBER, OTHER_MEMBER, THIRD_MEMBER);
        for (ManagedProcess process : system.processes()) {
            for (String identifier : phi) {
                assertThat(process.logContains(identifier)).as("%s's log names %s", process.name(), identifier)
                        .isFalse();
            }
        }
    }

    @Test
    @Order(13)
    void the_dashboard_and_the_alerts_read_only_metrics_the_five_services_expose_after_the_journey() throws Exception {
        Set<String> exposed = new TreeSet<>(MonitoringQueries.PROMETHEUS_OWN);
        for (String service : SystemUnderTest.SERVICES) {
            exposed.addAll(MonitoringQueries.sampleNames(anonymous.text(base(service) + "/actuator/prometheus")));
        }
        assertThat(exposed).as("the services' scrapes after the journey")
                .containsAll(MonitoringQueries.metricNames(RepositoryRoot.find()));
        // a request without a token, refused by Spring Security before any handler, is tagged with its route
        anonymous.get(claims("/claims/" + firstClaim)).requireStatus(401);
        assertThat(anonymous.text(base("claims-service") + "/actuator/prometheus"))
                .contains("status=\"401\",uri=\"/claims/{claimId}\"");
    }

    @Test
    @Order(14)
    void the_first_claim_is_one_trace_through_the_five_services_json_logs() {
        // claims (POST, the saga), authorization (SessionBilled), referral (VisitAuthorized: a session counted),
        // benefits (CostShareRequested), notification (the patient's events, ClaimAdjudicated among them)
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (ManagedProcess process : system.processes()) {
                if (SystemUnderTest.SERVICES.contains(process.name())) {
                    assertThat(LogLines.parse(process)).as("%s's log lines in the first claim's trace", process.name())
                            .anySatisfy(line -> {
                                assertThat(line.path("traceId").asText()).isEqualTo(FIRST_CLAIM_TRACE);
                                assertThat(line.path("spanId").asText()).hasSize(16);
                                assertThat(line.path("eventId").asText()).isNotEmpty();
                            });
                }
            }
        });
        assertThat(system.processes()).filteredOn(process -> process.name().equals("claims-service"))
                .allSatisfy(claims -> assertThat(LogLines.parse(claims)).as("the saga's lines name the claim")
                        .anySatisfy(line -> {
                            assertThat(line.path("traceId").asText()).isEqualTo(FIRST_CLAIM_TRACE);
                            assertThat(line.path("correlationId").asText()).isEqualTo(firstClaim);
                        }));
    }

    // --- the steps' vocabulary

    private Api as(String member) {
        return anonymous.as(system.issuerUri(), "member", member, null);
    }

    private String submitClaim(String member, String authNumber, String dateOfService, int minutes, String charge) {
        return submitClaim(member, authNumber, dateOfService, minutes, charge, Map.of());
    }

    private String submitClaim(String member, String authNumber, String dateOfService, int minutes, String charge,
                               Map<String, String> headers) {
        String auth = authNumber == null ? "null" : "\"" + authNumber + "\"";
        JsonNode accepted = provider.post(claims("/claims"), """
                {"memberId":"%s","authorizationNumber":%s,"renderingProviderNpi":"%s","dateOfService":"%s",
                 "placeOfService":"11","diagnosisCodes":["M54.50"],
                 "lines":[{"procedureCode":"97124","modifiers":["GP"],"minutes":%d,"charge":%s,"diagnosisPointers":[1]}]}
                """.formatted(member, auth, PROVIDER, dateOfService, minutes, charge), headers).requireStatus(202);
        return accepted.get("claimId").asText();
    }

    private JsonNode awaitTerminal(String claimId) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .until(() -> provider.get(claims("/claims/" + claimId)).requireStatus(200),
                        claim -> List.of("PAID", "PARTIALLY_PAID", "DENIED").contains(claim.get("status").asText()));
    }

    private JsonNode benefitsOf(String member, String asOf) {
        return as(member).get(benefits("/members/" + member + "/benefits?asOf=" + asOf)).requireStatus(200);
    }

    private List<JsonNode> notifications(String member) {
        List<JsonNode> all = new ArrayList<>();
        as(member).get(base("notification-service") + "/members/" + member + "/notifications").requireStatus(200)
                .forEach(all::add);
        return all;
    }

    private void awaitNotifications(String member, int count) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(notifications(member)).hasSize(count));
    }

    private void printFootprint() {
        System.out.printf("start-up of broker + five services: %d s%n",
                system.startUpTime() == null ? -1 : system.startUpTime().toSeconds());
        for (ManagedProcess process : system.processes()) {
            System.out.printf("%-22s pid %-7d RSS %s%n", process.name(), process.pid(), Footprint.rss(process.pid()));
        }
    }

    private String referralJson(String diagnosis) {
        return referralJson(MEMBER, diagnosis);
    }

    private String referralJson(String member, String diagnosis) {
        return """
                {"memberId":"%s","prescriber":{"npi":"1234567893","name":"Dr. Ada Quinn","type":"PHYSICIAN"},
                 "diagnosisCodes":["%s"],"procedureCodes":["97124","97140"],"sessions":12,"durationWeeks":6,
                 "issuedOn":"2026-03-02"}
                """.formatted(member, diagnosis);
    }

    private String base(String service) {
        return system.baseUrl(service);
    }

    private String referrals(String path) {
        return base("referral-service") + path;
    }

    private String authorizations(String path) {
        return base("authorization-service") + path;
    }

    private String claims(String path) {
        return base("claims-service") + path;
    }

    private String benefits(String path) {
        return base("benefits-service") + path;
    }
}
