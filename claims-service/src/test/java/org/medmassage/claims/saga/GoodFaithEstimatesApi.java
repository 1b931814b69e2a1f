package org.medmassage.claims.saga;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.medmassage.testsupport.Tokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * POST and GET /good-faith-estimates as a test drives them (decision 0075); issued by the provider of the body's NPI,
 * read with the token given. JSON is read with exact decimals, as ClaimsApi reads it.
 */
final class GoodFaithEstimatesApi {

    private final WebTestClient http;

    GoodFaithEstimatesApi(WebTestClient http) {
        this.http = http;
    }

    /** A session on each date of 97124 × 2 units and 97140 × 1 unit, scheduled on {@code scheduledOn} (null: today). */
    static Map<String, Object> series(String member, String npi, LocalDate scheduledOn, List<LocalDate> dates) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("memberId", member);
        body.put("renderingProviderNpi", npi);
        body.put("diagnosisCodes", List.of("M54.50"));
        body.put("services", List.of(
                Map.of("procedureCode", "97124", "unitsPerSession", 2, "sessions", dates.size(),
                        "usualChargePerUnit", new BigDecimal("60.00")),
                Map.of("procedureCode", "97140", "unitsPerSession", 1, "sessions", dates.size())));
        body.put("scheduledDates", dates.stream().map(LocalDate::toString).toList());
        if (scheduledOn != null) {
            body.put("scheduledOn", scheduledOn.toString());
        }
        return body;
    }

    /** POST answered 201 with the estimate; its Location names it. */
    JsonNode issue(Map<String, Object> body) {
        var result = http.post().uri("/good-faith-estimates").headers(providerOf(body))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated()
                .expectBody(String.class).returnResult();
        JsonNode issued = ClaimsApi.read(result.getResponseBody());
        String location = result.getResponseHeaders().getLocation().toString();
        if (!location.equals("/good-faith-estimates/" + issued.get("estimateId").asString())) {
            throw new AssertionError("Location " + location + " does not name " + issued.get("estimateId"));
        }
        return issued;
    }

    /** POST answered {@code status} with problem details. */
    JsonNode refused(Object body, String npi, HttpStatus status) {
        return ClaimsApi.read(http.post().uri("/good-faith-estimates").headers(Tokens.asProvider(npi))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody());
    }

    JsonNode find(String estimateId, Consumer<HttpHeaders> reader) {
        return get("/good-faith-estimates/" + estimateId, reader);
    }

    JsonNode ofMember(String member, Consumer<HttpHeaders> reader) {
        return get("/members/" + member + "/good-faith-estimates", reader);
    }

    String printable(String estimateId, Consumer<HttpHeaders> reader) {
        return http.get().uri("/good-faith-estimates/{id}", estimateId).headers(reader).accept(MediaType.TEXT_HTML)
                .exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
    }

    void notFound(String estimateId, Consumer<HttpHeaders> reader) {
        http.get().uri("/good-faith-estimates/{id}", estimateId).headers(reader).accept(MediaType.APPLICATION_JSON)
                .exchange().expectStatus().isNotFound();
    }

    private JsonNode get(String uri, Consumer<HttpHeaders> reader) {
        return ClaimsApi.read(http.get().uri(uri).headers(reader).accept(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    private static Consumer<HttpHeaders> providerOf(Map<String, Object> body) {
        return Tokens.asProvider((String) body.get("renderingProviderNpi"));
    }
}
