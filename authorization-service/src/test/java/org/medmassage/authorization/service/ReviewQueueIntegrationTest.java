package org.medmassage.authorization.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.medmassage.authorization.service.ServiceFixtures.PROVIDER;
import static org.medmassage.authorization.service.ServiceFixtures.newMember;
import static org.medmassage.authorization.service.ServiceFixtures.referralRecorded;
import static org.medmassage.authorization.service.ServiceFixtures.requestBody;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmassage.events.authorization.AuthApproved;
import org.medmassage.support.security.Role;
import org.medmassage.testsupport.KafkaProbe;
import org.medmassage.testsupport.Tokens;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Issue 14, item 1: the reviewer's queue of pended requests (A4), oldest decision deadline first (PA-02). */
class ReviewQueueIntegrationTest extends AuthorizationServiceTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_ARRAY =
            new ParameterizedTypeReference<>() {
            };

    @Test
    void lists_pended_requests_oldest_deadline_first_and_a_request_leaves_when_its_referral_arrives() {
        String standard = newMember();
        String expedited = newMember();
        String laterExpedited = newMember();
        String pendedStandard = pend(standard, "STANDARD");
        String pendedExpedited = pend(expedited, "EXPEDITED");
        String pendedLater = pend(laterExpedited, "EXPEDITED");
        List<String> mine = List.of(pendedStandard, pendedExpedited, pendedLater);

        // received last but one, the standard request is due last (15 days against 72 hours)
        assertThat(ids(queue("status=PENDED&size=100"))).filteredOn(mine::contains)
                .containsExactly(pendedExpedited, pendedLater, pendedStandard);
        List<Map<String, Object>> dueSoon = queue("status=PENDED&size=100&dueBefore=" + Instant.now()
                .plus(Duration.ofHours(73)));
        assertThat(ids(dueSoon)).contains(pendedExpedited, pendedLater).doesNotContain(pendedStandard);
        assertThat(dueSoon).extracting(item -> Instant.parse((String) item.get("dueAt"))).isSorted();
        assertThat(dueSoon).allSatisfy(item -> assertThat(item).containsEntry("status", "PENDED")
                .containsEntry("x12ActionCode", "A4"));

        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            kafka.publish(referralRecorded(laterExpedited, 12));
            kafka.await(AuthApproved.class, e -> e.authorizationId().equals(pendedLater));
        }
        await().atMost(DEADLINE).untilAsserted(() -> assertThat(ids(queue("status=PENDED&size=100")))
                .contains(pendedExpedited, pendedStandard).doesNotContain(pendedLater));
        Map<String, Object> decided = get(pendedLater);
        assertThat(decided).containsEntry("status", "APPROVED");
        assertThat(decided.get("decidedBy")).as("decided by the rules, not a reviewer").isNull();
    }

    @Test
    void pages_through_the_queue_and_counts_it_in_x_total_count() {
        pend(newMember(), "EXPEDITED");
        pend(newMember(), "EXPEDITED");
        String dueBefore = "dueBefore=" + Instant.now().plus(Duration.ofHours(73));

        EntityExchangeResult<List<Map<String, Object>>> all = reviewer().get()
                .uri("/authorizations?status=PENDED&size=100&" + dueBefore).exchange()
                .expectStatus().isOk().expectBody(JSON_ARRAY).returnResult();
        List<String> everyId = ids(all.getResponseBody());
        assertThat(all.getResponseHeaders().getFirst("X-Total-Count")).isEqualTo(Integer.toString(everyId.size()));
        assertThat(everyId).hasSizeGreaterThanOrEqualTo(2);

        assertThat(ids(queue("status=pended&page=0&size=1&" + dueBefore))).containsExactly(everyId.get(0));
        assertThat(ids(queue("status=PENDED&page=1&size=1&" + dueBefore))).containsExactly(everyId.get(1));
        // a date is its first moment on the payer's calendar: nothing is due before the epoch
        assertThat(queue("status=PENDED&dueBefore=1970-01-02")).isEmpty();
    }

    @Test
    void a_bad_query_is_a_400_problem_naming_each_field() {
        badQuery("status=DENIED", "status");
        badQuery("", "status");
        badQuery("status=PENDED&dueBefore=next-week", "dueBefore");
        badQuery("status=PENDED&dueBefore=2026-13-01", "dueBefore");
        badQuery("status=PENDED&page=-1&size=0", "page", "size");
        badQuery("status=PENDED&size=101", "size");
        badQuery("status=PENDED&page=first", "page");
    }

    @Test
    void a_member_or_a_provider_may_not_read_the_queue() {
        anonymous().get().uri("/authorizations?status=PENDED").headers(Tokens.asMember(newMember())).exchange()
                .expectStatus().isForbidden();
        anonymous().get().uri("/authorizations?status=PENDED").headers(Tokens.asProvider(PROVIDER)).exchange()
                .expectStatus().isForbidden();
        anonymous().get().uri("/authorizations?status=PENDED").headers(Tokens.as(Role.ADMIN)).exchange()
                .expectStatus().isOk();
    }

    private void badQuery(String query, String... fields) {
        reviewer().get().uri("/authorizations?" + query).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[*].field").isEqualTo(List.of(fields));
    }

    /** A request for a referral this service has not heard of: pended (A4). */
    private String pend(String member, String priority) {
        Map<String, Object> body = requestBody(member, 12);
        body.put("priority", priority);
        Map<String, Object> pended = http().post().uri("/authorizations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
        assertThat(pended).containsEntry("status", "PENDED");
        return (String) pended.get("authorizationId");
    }

    private List<Map<String, Object>> queue(String query) {
        return reviewer().get().uri("/authorizations?" + query).exchange()
                .expectStatus().isOk()
                .expectHeader().exists("X-Total-Count")
                .expectBody(JSON_ARRAY).returnResult().getResponseBody();
    }

    private static List<String> ids(List<Map<String, Object>> authorizations) {
        return authorizations.stream().map(item -> (String) item.get("authorizationId")).toList();
    }

    private WebTestClient reviewer() {
        return anonymous().mutate().defaultHeaders(Tokens.as(Role.REVIEWER)).build();
    }

    private WebTestClient anonymous() {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port).responseTimeout(DEADLINE).build();
    }
}
