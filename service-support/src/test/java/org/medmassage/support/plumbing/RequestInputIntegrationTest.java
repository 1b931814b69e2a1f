package org.medmassage.support.plumbing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Issue 10, item 6: bad input is a 400 naming the field in plain words, never a 500 and never a Java class name; a
 * database that cannot be reached is a 503 to retry, never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "medmassage.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
@EmbeddedKafka(partitions = 1)
@DirtiesContext
class RequestInputIntegrationTest {

    private static final String DATABASE = SupportTestDatabase.newName("input");

    @AfterAll
    static void dropDatabase() throws Exception {
        SupportTestDatabase.drop(DATABASE);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        SupportTestDatabase.register(registry, DATABASE);
    }

    @LocalServerPort
    int port;

    @Test
    void a_nul_character_in_a_json_string_is_a_400_naming_the_field() {
        refused("{\"memberId\":\"M-1\\u0000\",\"count\":1,\"reason\":\"x\"}", "memberId",
                "memberId must not contain the NUL character (\\u0000)");
    }

    @Test
    void a_wrong_type_says_what_was_expected_in_json_terms_not_java() {
        refused("{\"memberId\":\"M-1\",\"count\":\"many\",\"reason\":\"x\"}", "count", "count must be a whole number");
    }

    @Test
    void a_number_beyond_its_range_is_a_400_naming_the_field() {
        refused("{\"memberId\":\"M-1\",\"count\":99999999999,\"reason\":\"x\"}", "count",
                "count must be a number within range");
    }

    @Test
    void a_control_character_in_the_path_or_a_query_parameter_is_a_400_not_a_database_error() {
        http().post().uri(raw("/referrals/R%00X/revocations")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"memberId\":\"M-1\",\"count\":1,\"reason\":\"x\"}").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("path");
        http().get().uri(raw("/nowhere?asOf=2026%0012-06")).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("asOf")
                .jsonPath("$.errors[0].message").isEqualTo("query parameter asOf must not contain control characters");
        http().get().uri("/referrals/" + "R".repeat(201) + "/revocations").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").isEqualTo("a path segment must be at most 200 characters long");
    }

    @Test
    void a_database_cut_off_is_a_503_to_retry_and_the_same_request_succeeds_once_it_is_back() throws Exception {
        String body = "{\"memberId\":\"M-OUTAGE\",\"count\":1,\"reason\":\"written in error\"}";
        SupportTestDatabase.cutOff(DATABASE);
        try {
            http().post().uri("/referrals/R-OUTAGE/revocations").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body).exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().valueEquals("Retry-After", "5")
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.title").isEqualTo("Temporarily unavailable");
        } finally {
            SupportTestDatabase.reconnect(DATABASE);
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                http().post().uri("/referrals/R-OUTAGE/revocations").contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(body).exchange().expectStatus().isOk());
    }

    @Test
    void http_metrics_name_the_route_template_also_of_a_request_refused_before_its_handler() {
        String body = "{\"memberId\":\"M-ROUTE\",\"count\":1,\"reason\":\"written in error\"}";
        http().post().uri("/referrals/R-ROUTE/revocations").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isOk();
        // no token: Spring Security answers 401 before any handler mapping ran
        WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
                .post().uri("/referrals/R-ROUTE/revocations").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isUnauthorized();
        String scrape = http().get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        List<String> revocations = scrape.lines().filter(line -> line.startsWith("http_server_requests_seconds_count"))
                .filter(line -> line.contains("uri=\"/referrals/{id}/revocations\"")).toList();
        assertThat(revocations).anyMatch(line -> line.contains("status=\"200\""))
                .anyMatch(line -> line.contains("status=\"401\""));
        assertThat(scrape).doesNotContain("status=\"401\",uri=\"UNKNOWN\"");
    }

    private void refused(String body, String field, String message) {
        http().post().uri("/referrals/R-1/revocations").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo(field)
                .jsonPath("$.errors[0].message").isEqualTo(message)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).doesNotContain("java."));
    }

    /** As typed: WebTestClient would encode the % of a string URI again. */
    private URI raw(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    private WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(PlumbingTestApplication.staffToken()).build();
    }
}
