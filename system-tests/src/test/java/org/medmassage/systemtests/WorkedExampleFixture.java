package org.medmassage.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;

/**
 * The vocabulary of {@link WorkedExamplesIT} and {@link ClaimEditsEndToEndIT}: the payer's set-up (plans, coverage,
 * providers and their credentials, the out-of-network fee schedule), the prescriber's referral, the clinic's
 * authorization request and claims (frequency 7 and 8 too), and the reads that check them.
 * Everything goes through the services' public HTTP APIs with the token of the role that takes the step in real life.
 */
final class WorkedExampleFixture {

    static final Duration PATIENCE = Duration.ofSeconds(90);
    static final String PRESCRIBER = "1234567893";
    /** In network: contracted $35.00 per unit of 97124, $32.00 of 97140 (RULEBOOK §5.3 common visit), $40.00 of 97530. */
    static final String CLINIC = "1600000016";
    /** In network with a lower contract, $25.00 per unit of 97124 (Example 2b: copay above the allowed amount). */
    static final String LOW_FEE_CLINIC = "1600000024";
    /** Not participating: priced from the plan's out-of-network maximum allowable (Example 4). */
    static final String NON_PARTICIPATING_CLINIC = "1600000032";
    /** In network, the clinic Example 6e's authorization was issued to. */
    static final String OTHER_CLINIC = "1600000040";

    private static final List<String> DECIDED = List.of("PAID", "PARTIALLY_PAID", "DENIED");

    private final SystemUnderTest system;
    private final Api anonymous = new Api();
    private final Api admin;
    private final Api prescriber;
    private final Map<String, Api> providers = new HashMap<>();
    private final Map<String, Api> members = new HashMap<>();

    WorkedExampleFixture(SystemUnderTest system) {
        this.system = system;
        this.admin = anonymous.as(system.issuerUri(), "admin", null, null);
        this.prescriber = anonymous.as(system.issuerUri(), "prescriber", null, PRESCRIBER);
    }

    /** The providers of the examples and the plan's out-of-network maximum allowable per unit (Example 4). */
    void registerProvidersAndFeeSchedule() {
        registerProvider(CLINIC, "Lakeside Medical Massage", "IN_NETWORK",
                "{\"97124\":35.00,\"97140\":32.00,\"97530\":40.00}");
        registerProvider(LOW_FEE_CLINIC, "Harbor Bodywork", "IN_NETWORK", "{\"97124\":25.00,\"97140\":25.00}");
        registerProvider(NON_PARTICIPATING_CLINIC, "Summit Massage (non-participating)", "OUT_OF_NETWORK", "{}");
        registerProvider(OTHER_CLINIC, "Riverside Manual Therapy", "IN_NETWORK", "{\"97124\":35.00,\"97140\":32.00}");
        // Example 4: line 1 (97124 x2) $60.00 and line 2 (97140 x1) $30.00
        admin.put(claims("/fee-schedules/out-of-network"), """
                {"rates":{"97124":30.00,"97140":30.00}}
                """).requireStatus(200);
    }

    /**
     * A massage therapist (NUCC 225700000X) practising in WA, in network at the {@link #CLINIC}'s rates, credentialed
     * with the plan since 2025-01-01 and licensed in WA from 2024-01-01 to {@code licenceValidTo} (decision 0060).
     */
    void registerLicensedTherapist(String npi, String licenceValidTo) {
        registerLicensedTherapist(npi, licenceValidTo, null);
    }

    /** The same with its tax id, an EIN an HSA/FSA receipt prints (decisions 0070, 0071); none when null. */
    void registerLicensedTherapist(String npi, String licenceValidTo, String taxId) {
        registerLicensedTherapist(npi, licenceValidTo, taxId, "{}");
    }

    /** The same with its self-pay cash rates per unit (decision 0070), e.g. {@code {"97124":30.00}}. */
    void registerLicensedTherapist(String npi, String licenceValidTo, String taxId, String cashRates) {
        admin.put(claims("/providers/" + npi), """
                {"name":"Calm Hands Massage","network":"IN_NETWORK","rates":{"97124":35.00,"97140":32.00},
                 "cashRates":%s,"taxonomyCodes":["225700000X"],
                 "practiceAddress":{"line1":"1 Pine St","city":"Seattle","state":"WA","postalCode":"98101"},
                 "licences":[{"type":"LMT","number":"MA60123456","state":"WA","validFrom":"2024-01-01",
                              "validTo":"%s"}],
                 "credentialing":[{"status":"CREDENTIALED","effectiveFrom":"2025-01-01"}],"taxId":%s}
                """.formatted(cashRates, licenceValidTo, taxId == null ? "null" : "\"" + taxId + "\""))
                .requireStatus(200);
    }

    private void registerProvider(String npi, String name, String network, String rates) {
        admin.put(claims("/providers/" + npi), """
                {"name":"%s","network":"%s","rates":%s}
                """.formatted(name, network, rates)).requireStatus(200);
    }

    // --- the payer

    /** A plan version for every date of service; {@code terms} is the PlanBody's JSON without its braces. */
    void plan(String planId, String terms) {
        plan(planId, false, terms);
    }

    /** As {@link #plan(String, String)}; with {@code referralRequired} a massage line needs a referral (MN-01). */
    void plan(String planId, boolean referralRequired, String terms) {
        admin.put(benefits("/plans/" + planId), "{\"planYearStart\":\"01-01\",\"referralRequired\":"
                + referralRequired + "," + terms + "}").requireStatus(200);
    }

    static final String OUT_OF_NETWORK_TERMS = tier("1000.00", 40, "0.00", "null");

    /** The rulebook's standard plan: deductible 500.00, 20 % coinsurance, OOP maximum 3,000.00, 20 visits. */
    static String standardPlan(boolean preAuthRequired) {
        return "\"preAuthRequired\":" + preAuthRequired + ",\"visitLimit\":20,\"inNetwork\":"
                + tier("500.00", 20, "0.00", "3000.00") + ",\"outOfNetwork\":" + OUT_OF_NETWORK_TERMS;
    }

    static String tier(String deductible, int coinsurancePercent, String copay, String outOfPocketMax) {
        return "{\"deductible\":%s,\"coinsurancePercent\":%d,\"copay\":%s,\"outOfPocketMax\":%s}"
                .formatted(deductible, coinsurancePercent, copay, outOfPocketMax);
    }

    /** Coverage for plan year 2026, the year of the rulebook's dates of service. */
    void cover(String member, String planId) {
        cover(member, planId, "2026-01-01", "2026-12-31");
    }

    void cover(String member, String planId, String effectiveFrom, String effectiveTo) {
        admin.put(benefits("/members/" + member + "/coverage"), """
                {"planId":"%s","effectiveFrom":"%s","effectiveTo":"%s"}
                """.formatted(planId, effectiveFrom, effectiveTo)).requireStatus(200);
    }

    /**
     * An auto PIP coverage for 2026 with its limit per accident (decision 0074); {@code policyId} names a registered
     * plan, as every coverage does.
     */
    void coverAutoPip(String member, String policyId, String accidentLimit) {
        admin.put(benefits("/members/" + member + "/coverage"), """
                {"planId":"%s","effectiveFrom":"2026-01-01","effectiveTo":"2026-12-31","payerType":"AUTO_PIP",
                 "accidentLimit":%s}
                """.formatted(policyId, accidentLimit)).requireStatus(200);
    }

    /** The member's name and date of birth (decision 0069), announced as MemberRegistered. */
    void registerMember(String member, String firstName, String lastName, String dateOfBirth) {
        admin.put(benefits("/members/" + member), """
                {"firstName":"%s","lastName":"%s","dateOfBirth":"%s"}
                """.formatted(firstName, lastName, dateOfBirth)).requireStatus(200);
    }

    /** The member's accumulators of the plan year of {@code asOf}, read as the member reads them. */
    JsonNode benefitsOf(String member, String asOf) {
        return member(member).get(benefits("/members/" + member + "/benefits?asOf=" + asOf)).requireStatus(200);
    }

    // --- the prescriber and the clinic's authorization request

    /** A complete referral for 97124 and 97140: {@code sessions} over {@code weeks} weeks from {@code issuedOn}. */
    String refer(String member, String issuedOn, int sessions, int weeks) {
        return prescriber.post(referrals("/referrals"), """
                {"memberId":"%s","prescriber":{"npi":"%s","name":"Dr. Ada Quinn","type":"PHYSICIAN"},
                 "diagnosisCodes":["M54.50"],"procedureCodes":["97124","97140"],"sessions":%d,"durationWeeks":%d,
                 "issuedOn":"%s"}
                """.formatted(member, PRESCRIBER, sessions, weeks, issuedOn)).requireStatus(201)
                .get("referralId").asText();
    }

    /** The prescriber issues a letter of medical necessity for the referral (ALT-01); answers the letter. */
    JsonNode issueLetterOfMedicalNecessity(String referralId) {
        return prescriber.post(referrals("/referrals/" + referralId + "/letter-of-medical-necessity"), "")
                .requireStatus(201);
    }

    /** The referral's latest letter as the member reads it. */
    JsonNode letterOfMedicalNecessity(String member, String referralId) {
        return member(member).get(referrals("/referrals/" + referralId + "/letter-of-medical-necessity"))
                .requireStatus(200);
    }

    /** The prescriber withdraws the referral. */
    void revoke(String referralId, String reason) {
        prescriber.post(referrals("/referrals/" + referralId + "/revoke"), "{\"reason\":\"" + reason + "\"}")
                .requireStatus(200);
    }

    /** The HSA/FSA receipt of a paid claim as the member reads it (ALT-02, decision 0071). */
    JsonNode receipt(String member, String claimId) {
        return member(member).get(claims("/claims/" + claimId + "/receipt")).requireStatus(200);
    }

    /** The clinic {@code npi} asks for {@code visits} visits of {@code codes}; answers the authorization once decided. */
    JsonNode authorize(String member, String referralId, String npi, List<String> codes, int visits, String startDate) {
        String id = request(member, referralId, npi, codes, visits, startDate).get("authorizationId").asText();
        // the referral may still be on its way to authorization-service: the request pends until it arrives
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .until(() -> authorization(npi, id), auth -> !auth.get("status").asText().equals("PENDED"));
    }

    /** The clinic's request as the intake answers it (201): decided at once, or PENDED (A4). */
    JsonNode request(String member, String referralId, String npi, List<String> codes, int visits, String startDate) {
        String codesJson = codes.stream().map(code -> "\"" + code + "\"").collect(Collectors.joining(",", "[", "]"));
        return provider(npi).post(authorizations("/authorizations"), """
                {"memberId":"%s","referralId":"%s","providerNpi":"%s","procedureCodes":%s,
                 "requestedVisits":%d,"startDate":"%s","priority":"STANDARD"}
                """.formatted(member, referralId, npi, codesJson, visits, startDate)).requireStatus(201);
    }

    JsonNode authorization(String npi, String authorizationId) {
        return provider(npi).get(authorizations("/authorizations/" + authorizationId)).requireStatus(200);
    }

    /** PA-04 at authorization-service, which learns of the claim's outcome by event: polled with a deadline. */
    void awaitVisitsUsed(String npi, JsonNode auth, int used) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> assertThat(
                authorization(npi, auth.get("authorizationId").asText()).get("visitsUsed").asInt())
                .as("visits used of authorization " + auth.get("authorizationNumber").asText()).isEqualTo(used));
    }

    // --- claims

    record Line(String code, List<String> modifiers, int minutes, String charge) {
        String json() {
            String mods = modifiers.stream().map(m -> "\"" + m + "\"").collect(Collectors.joining(",", "[", "]"));
            return "{\"procedureCode\":\"%s\",\"modifiers\":%s,\"minutes\":%d,\"charge\":%s,\"diagnosisPointers\":[1]}"
                    .formatted(code, mods, minutes, charge);
        }
    }

    static Line line(String code, int minutes, String charge, String... modifiers) {
        return new Line(code, Arrays.asList(modifiers), minutes, charge);
    }

    /** RULEBOOK §5.3 common visit: 97124-GP 30 min (2 units) billed $120.00, 97140-GP-59 15 min (1 unit) $60.00. */
    static final List<Line> COMMON_VISIT = List.of(line("97124", 30, "120.00", "GP"),
            line("97140", 15, "60.00", "GP", "59"));

    static String claimJson(String member, String npi, String authorizationNumber, String dateOfService,
            List<Line> lines) {
        return claimJson(member, npi, authorizationNumber, dateOfService, lines, "");
    }

    /** {@code moreFields}: further ClaimRequest fields, each with its leading comma, e.g. the frequency code. */
    private static String claimJson(String member, String npi, String authorizationNumber, String dateOfService,
            List<Line> lines, String moreFields) {
        String auth = authorizationNumber == null ? "null" : "\"" + authorizationNumber + "\"";
        return """
                {"memberId":"%s","authorizationNumber":%s,"renderingProviderNpi":"%s","dateOfService":"%s",
                 "placeOfService":"11","diagnosisCodes":["M54.50"],"lines":[%s]%s}
                """.formatted(member, auth, npi, dateOfService,
                lines.stream().map(Line::json).collect(Collectors.joining(",")), moreFields);
    }

    /** The clinic submits a claim (202); answers its id. */
    String submit(String member, String npi, String authorizationNumber, String dateOfService, List<Line> lines) {
        return provider(npi).post(claims("/claims"), claimJson(member, npi, authorizationNumber, dateOfService, lines))
                .requireStatus(202).get("claimId").asText();
    }

    /** As {@link #submit(String, String, String, String, List)} with further fields, e.g. the payer's (decision 0068). */
    String submit(String member, String npi, String authorizationNumber, String dateOfService, List<Line> lines,
            String moreFields) {
        return provider(npi).post(claims("/claims"), claimJson(member, npi, authorizationNumber, dateOfService, lines,
                moreFields)).requireStatus(202).get("claimId").asText();
    }

    /**
     * CLM05-3 (decision 0056): the clinic sends the claim {@code originalClaimId} again corrected (frequency 7, a 202
     * with the replacement's id) or cancels it (frequency 8, a 200 with the voided original); answers the response.
     */
    Api.Response resubmit(String frequencyCode, String originalClaimId, String member, String npi,
            String dateOfService, List<Line> lines) {
        return provider(npi).post(claims("/claims"), claimJson(member, npi, null, dateOfService, lines,
                ",\"frequencyCode\":\"%s\",\"originalClaimId\":\"%s\"".formatted(frequencyCode, originalClaimId)));
    }

    Api.Response submitWithKey(String npi, String json, String idempotencyKey) {
        return provider(npi).post(claims("/claims"), json, Map.of("Idempotency-Key", idempotencyKey));
    }

    /** The provider issues a Good Faith Estimate (decision 0075, 201); answers it. */
    JsonNode issueGoodFaithEstimate(String npi, String json) {
        return provider(npi).post(claims("/good-faith-estimates"), json).requireStatus(201);
    }

    JsonNode goodFaithEstimate(String member, String estimateId) {
        return member(member).get(claims("/good-faith-estimates/" + estimateId)).requireStatus(200);
    }

    JsonNode awaitDecided(String npi, String claimId) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .until(() -> provider(npi).get(claims("/claims/" + claimId)).requireStatus(200),
                        claim -> DECIDED.contains(claim.get("status").asText()));
    }

    JsonNode claim(String npi, String claimId) {
        return provider(npi).get(claims("/claims/" + claimId)).requireStatus(200);
    }

    /** The member's explanation of benefits of a decided claim, read as the member reads it. */
    JsonNode explanationOfBenefits(String member, String claimId) {
        return member(member).get(claims("/claims/" + claimId + "/eob")).requireStatus(200);
    }

    /** The claim's 835-shaped remittance as the clinic reads it. */
    JsonNode remittance(String npi, String claimId) {
        return provider(npi).get(claims("/claims/" + claimId + "/remittance")).requireStatus(200);
    }

    /**
     * Earlier sessions that set the starting state an example assumes: submitted together, as a clearinghouse batch
     * would, then each awaited; every one must be paid.
     */
    List<JsonNode> earlierVisits(String member, String npi, String authorizationNumber, List<LocalDate> dates,
            List<Line> lines) {
        List<String> ids = new ArrayList<>();
        for (LocalDate date : dates) {
            ids.add(submit(member, npi, authorizationNumber, date.toString(), lines));
        }
        List<JsonNode> decided = ids.stream().map(id -> awaitDecided(npi, id)).toList();
        assertThat(decided).as("earlier visits of " + member).allSatisfy(claim ->
                assertThat(claim.get("status").asText()).as(claim.toString()).isEqualTo("PAID"));
        return decided;
    }

    static List<LocalDate> consecutiveDays(String first, int count) {
        LocalDate start = LocalDate.parse(first);
        return IntStream.range(0, count).mapToObj(start::plusDays).toList();
    }

    // --- what a service has read from the broker

    /**
     * How many {@code eventType} events {@code service} has handled, by its inbox's processed counter on the open
     * Prometheus endpoint: the only outside sign that an event with no answer of its own has arrived.
     */
    double handled(String service, String eventType) {
        return anonymous.text(system.baseUrl(service) + "/actuator/prometheus").lines()
                .filter(line -> line.startsWith("medmassage_inbox_processed_total{"))
                .filter(line -> line.contains("event_type=\"" + eventType + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** Waits until {@code service} has handled at least {@code count} {@code eventType} events. */
    void awaitHandled(String service, String eventType, double count) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> assertThat(
                handled(service, eventType)).as(eventType + " handled by " + service).isGreaterThanOrEqualTo(count));
    }

    // --- tokens and addresses

    Api provider(String npi) {
        return providers.computeIfAbsent(npi, n -> anonymous.as(system.issuerUri(), "provider", null, n));
    }

    Api member(String member) {
        return members.computeIfAbsent(member, m -> anonymous.as(system.issuerUri(), "member", m, null));
    }

    private String referrals(String path) {
        return system.baseUrl("referral-service") + path;
    }

    private String authorizations(String path) {
        return system.baseUrl("authorization-service") + path;
    }

    private String claims(String path) {
        return system.baseUrl("claims-service") + path;
    }

    private String benefits(String path) {
        return system.baseUrl("benefits-service") + path;
    }
}
