package org.medmassage.claims.saga;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.medmassage.support.security.Role;
import org.medmassage.testsupport.Tokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The claims REST API as a test drives it; JSON is read with exact decimals so cents are compared as sent. Each call
 * carries the token of a role that may make it: claims are submitted by the provider of their NPI, providers, fee
 * schedules and voids are the admin's, claims are read as ops (ClaimsAccessIntegrationTest covers the roles).
 */
final class ClaimsApi {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final WebTestClient http;

    ClaimsApi(WebTestClient http) {
        this.http = http;
    }

    static Map<String, Object> claim(String member, String authorization, String npi, LocalDate dos, String code,
            int minutes, String charge) {
        Map<String, Object> line = new HashMap<>();
        line.put("procedureCode", code);
        line.put("modifiers", List.of("GP"));
        line.put("minutes", minutes);
        line.put("charge", charge == null ? null : new BigDecimal(charge));
        line.put("diagnosisPointers", List.of(1));
        return header(member, authorization, npi, dos, new ArrayList<>(List.of(line)));
    }

    /** 97124 for 20 minutes (1 unit pooled) and 97140 for 10 minutes: 30 minutes, 2 units. */
    static Map<String, Object> twoLineClaim(String member, String npi, LocalDate dos) {
        return header(member, "A123", npi, dos, List.of(
                Map.of("procedureCode", "97124", "modifiers", List.of("GP"), "minutes", 20,
                        "charge", new BigDecimal("80.00"), "diagnosisPointers", List.of(1)),
                Map.of("procedureCode", "97140", "modifiers", List.of("GP", "59"), "minutes", 10,
                        "charge", new BigDecimal("60.00"), "diagnosisPointers", List.of(1))));
    }

    /** RULEBOOK §5.3 common visit: 97124 for 30 minutes (2 units, $120.00) and 97140 for 15 minutes (1 unit, $60.00). */
    static Map<String, Object> commonVisit(String member, String npi, LocalDate dos) {
        return header(member, "A123", npi, dos, List.of(
                Map.of("procedureCode", "97124", "modifiers", List.of("GP"), "minutes", 30,
                        "charge", new BigDecimal("120.00"), "diagnosisPointers", List.of(1)),
                Map.of("procedureCode", "97140", "modifiers", List.of("GP", "59"), "minutes", 15,
                        "charge", new BigDecimal("60.00"), "diagnosisPointers", List.of(1))));
    }

    /** 97124 for 30 minutes (2 units, $120.00) and 97012 (mechanical traction, untimed: 1 unit per session, $40.00). */
    static Map<String, Object> massageAndTraction(String member, String npi, LocalDate dos) {
        return header(member, "A123", npi, dos, List.of(
                Map.of("procedureCode", "97124", "modifiers", List.of("GP"), "minutes", 30,
                        "charge", new BigDecimal("120.00"), "diagnosisPointers", List.of(1)),
                Map.of("procedureCode", "97012", "modifiers", List.of("GP"), "units", 1,
                        "charge", new BigDecimal("40.00"), "diagnosisPointers", List.of(1))));
    }

    /** A self-paid visit (decision 0073): no authorization, payer SELF_PAY, each line billed in units. */
    static Map<String, Object> selfPaid(String member, String npi, LocalDate dos, List<Map<String, Object>> lines) {
        Map<String, Object> claim = header(member, null, npi, dos, lines);
        claim.put("payer", "SELF_PAY");
        return claim;
    }

    /** A line of {@code units} units charged {@code charge}, pointing at the first diagnosis. */
    static Map<String, Object> unitsLine(String code, List<String> modifiers, int units, String charge) {
        return Map.of("procedureCode", code, "modifiers", modifiers, "units", units,
                "charge", new BigDecimal(charge), "diagnosisPointers", List.of(1));
    }

    private static Map<String, Object> header(String member, String authorization, String npi, LocalDate dos,
            List<?> lines) {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("memberId", member);
        claim.put("authorizationNumber", authorization);
        claim.put("renderingProviderNpi", npi);
        claim.put("dateOfService", dos.toString());
        claim.put("placeOfService", "11");
        claim.put("diagnosisCodes", List.of("M54.50"));
        claim.put("lines", lines);
        return claim;
    }

    void registerProvider(String npi, String network, Map<String, String> rates) {
        Map<String, BigDecimal> decimalRates = new HashMap<>();
        rates.forEach((code, rate) -> decimalRates.put(code, new BigDecimal(rate)));
        http.put().uri("/providers/{npi}", npi).headers(Tokens.as(Role.ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Calm Hands Massage", "network", network, "rates", decimalRates))
                .exchange().expectStatus().isOk();
    }

    /**
     * A provider practising in {@code state}, licensed there since 2020 and credentialed since 2020: the state of
     * service of its claims is {@code state} (decision 0060), e.g. for a workers' comp fee schedule (decision 0068).
     */
    void registerProviderPractisingIn(String npi, String network, Map<String, String> rates, String state) {
        registerProviderPractisingIn(npi, network, rates, state, Map.of());
    }

    /** As above, offering self-pay patients these cash rates per unit (decision 0070). */
    void registerProviderPractisingIn(String npi, String network, Map<String, String> rates, String state,
            Map<String, String> cashRates) {
        registerProviderPractisingIn(npi, network, rates, state, cashRates, null);
    }

    /** As above, with a tax id on file (none when null), as a Good Faith Estimate needs (decision 0075). */
    void registerProviderPractisingIn(String npi, String network, Map<String, String> rates, String state,
            Map<String, String> cashRates, String taxId) {
        Map<String, BigDecimal> decimalRates = new HashMap<>();
        rates.forEach((code, rate) -> decimalRates.put(code, new BigDecimal(rate)));
        Map<String, BigDecimal> decimalCashRates = new HashMap<>();
        cashRates.forEach((code, rate) -> decimalCashRates.put(code, new BigDecimal(rate)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cashRates", decimalCashRates);
        body.put("name", "Harbor Massage Clinic");
        body.put("network", network);
        body.put("rates", decimalRates);
        body.put("practiceAddress", Map.of("line1", "1 Pine St", "city", "Harbor", "state", state,
                "postalCode", "98101"));
        body.put("licences", List.of(Map.of("type", "LMT", "number", "MA60123456", "state", state,
                "validFrom", "2020-01-01")));
        body.put("credentialing", List.of(Map.of("effectiveFrom", "2020-01-01", "status", "CREDENTIALED")));
        if (taxId != null) {
            body.put("taxId", taxId);
        }
        http.put().uri("/providers/{npi}", npi).headers(Tokens.as(Role.ADMIN))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isOk();
    }

    void replaceOutOfNetworkFeeSchedule(Map<String, String> rates) {
        Map<String, BigDecimal> decimalRates = new HashMap<>();
        rates.forEach((code, rate) -> decimalRates.put(code, new BigDecimal(rate)));
        http.put().uri("/fee-schedules/out-of-network").headers(Tokens.as(Role.ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("rates", decimalRates))
                .exchange().expectStatus().isOk();
    }

    String submit(Map<String, Object> claim) {
        JsonNode accepted = read(http.post().uri("/claims").headers(providerOf(claim))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(claim)
                .exchange().expectStatus().isAccepted()
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(accepted.get("status").asString()).isEqualTo("RECEIVED");
        return accepted.get("claimId").asString();
    }

    /** POST /claims as sent, with an Idempotency-Key header unless {@code key} is null. */
    Answer post(Map<String, Object> claim, String key) {
        var result = http.post().uri("/claims").headers(providerOf(claim))
                .headers(headers -> {
                    if (key != null) {
                        headers.set("Idempotency-Key", key);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON).bodyValue(claim)
                .exchange().expectBody(String.class).returnResult();
        return new Answer(result.getStatus().value(), result.getResponseHeaders(), read(result.getResponseBody()));
    }

    /** An answer to POST /claims: the status, the headers and the JSON (the claim accepted, or problem details). */
    record Answer(int status, HttpHeaders headers, JsonNode body) {

        String claimId() {
            assertThat(status).as("POST /claims answered %s", body).isEqualTo(202);
            return body.get("claimId").asString();
        }

        boolean replayed() {
            return "true".equals(headers.getFirst("Idempotent-Replayed"));
        }
    }

    JsonNode rejected(Map<String, Object> claim, HttpStatus status) {
        return read(http.post().uri("/claims").headers(providerOf(claim))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(claim)
                .exchange().expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody());
    }

    JsonNode claim(String claimId) {
        return read(http.get().uri("/claims/{id}", claimId).headers(Tokens.as(Role.OPS)).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    /** GET /claims/{id}/remittance as ops: the 835-shaped claim payment. */
    JsonNode remittance(String claimId) {
        return read(http.get().uri("/claims/{id}/remittance", claimId).headers(Tokens.as(Role.OPS)).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    /** GET /claims/{id}/eob as admin: the member's explanation of benefits. */
    /** The claim's HSA/FSA receipt as the printable page, read by {@code reader}. */
    String receiptHtml(String claimId, Consumer<HttpHeaders> reader) {
        return http.get().uri("/claims/{id}/receipt", claimId).headers(reader).accept(MediaType.TEXT_HTML)
                .exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    JsonNode eob(String claimId) {
        return read(http.get().uri("/claims/{id}/eob", claimId).headers(Tokens.as(Role.ADMIN))
                .accept(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    void notFound(String claimId) {
        http.get().uri("/claims/{id}", claimId).headers(Tokens.as(Role.OPS)).exchange()
                .expectStatus().isNotFound();
    }

    /** POST /claims/{id}/void answered 200 with the claim. */
    JsonNode voidClaim(String claimId, String reason) {
        return read(http.post().uri("/claims/{id}/void", claimId).headers(Tokens.as(Role.ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", reason))
                .exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    /** POST /claims/{id}/void with a raw body, refused with problem details. */
    JsonNode voidRefused(String claimId, String body, HttpStatus status) {
        return read(http.post().uri("/claims/{id}/void", claimId).headers(Tokens.as(Role.ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange().expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody());
    }

    /** The token of the provider whose NPI the claim is billed under (none in the body: a token without an NPI). */
    static Consumer<HttpHeaders> providerOf(Map<String, Object> claim) {
        return Tokens.asProvider((String) claim.get("renderingProviderNpi"));
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    /** FMT-01 on the JSON as served: per line charge − Σ adjustments = planPaid, patient = Σ PR; totals add up. */
    static void assertBalanced(JsonNode claim) {
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal patient = BigDecimal.ZERO;
        for (JsonNode line : claim.get("lines")) {
            BigDecimal adjusted = BigDecimal.ZERO;
            BigDecimal patientShare = BigDecimal.ZERO;
            for (JsonNode adjustment : line.get("adjustments")) {
                adjusted = adjusted.add(adjustment.get("amount").decimalValue());
                if (adjustment.get("group").asString().equals("PR")) {
                    patientShare = patientShare.add(adjustment.get("amount").decimalValue());
                }
            }
            assertThat(line.get("charge").decimalValue().subtract(adjusted))
                    .isEqualByComparingTo(line.get("planPaid").decimalValue());
            assertThat(line.get("patientResponsibility").decimalValue()).isEqualByComparingTo(patientShare);
            paid = paid.add(line.get("planPaid").decimalValue());
            patient = patient.add(patientShare);
        }
        assertThat(claim.get("planPaid").decimalValue()).isEqualByComparingTo(paid);
        assertThat(claim.get("patientResponsibility").decimalValue()).isEqualByComparingTo(patient);
    }

    /** JSON with exact decimals, as every answer of this service is read here. */
    static JsonNode read(String json) {
        return JSON.readTree(json);
    }
}
