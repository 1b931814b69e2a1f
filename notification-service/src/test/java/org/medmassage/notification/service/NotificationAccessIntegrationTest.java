package org.medmassage.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.support.security.Role.MEMBER;
import static org.medmassage.support.security.Role.OPS;
import static org.medmassage.testsupport.EndpointRoleTable.endpoint;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.medmassage.support.security.Role;
import org.medmassage.testissuer.TestIssuer;
import org.medmassage.testsupport.BadTokens;
import org.medmassage.testsupport.EndpointRoleTable;
import org.medmassage.testsupport.Tokens;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * Issue 12 in notification-service: the endpoint × role table, a member's own notifications and live stream only
 * (403 for another's, audited), a stream that ends when its token expires, bad tokens.
 */
class NotificationAccessIntegrationTest extends NotificationServiceTest {

    private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE =
            new ParameterizedTypeReference<>() {
            };
    /** Long enough to open a stream, short enough that a stream given it ends within the test. */
    private static final Duration SHORT_LIFE = Duration.ofSeconds(3);

    @TestFactory
    Stream<DynamicTest> every_endpoint_answers_only_the_roles_its_table_allows() {
        List<EndpointRoleTable.Endpoint> table = List.of(
                endpoint(GET, "/members/M-TABLE/notifications", null, MEMBER),
                endpoint(GET, "/members/M-TABLE/overview", null, MEMBER),
                endpoint(GET, "/audit?memberId=M-TABLE", null, OPS),
                endpoint(GET, "/actuator/info", null, OPS),
                // not in the table: closed to everyone
                endpoint(DELETE, "/members/M-TABLE/notifications", null),
                endpoint(POST, "/members/M-TABLE/notifications", Map.of("message", "hello")));
        return EndpointRoleTable.check(http(), table, role -> ownersToken(role, "M-TABLE", null));
    }

    /** The streams as rows of the table: with short-lived tokens, an allowed caller's stream ends on its own. */
    @TestFactory
    Stream<DynamicTest> the_live_stream_answers_only_the_roles_its_table_allows() {
        return EndpointRoleTable.check(http(), List.of(
                endpoint(GET, "/members/M-TABLE/notifications/stream", null, MEMBER),
                endpoint(GET, "/members/M-TABLE/overview/stream", null, MEMBER)),
                role -> ownersToken(role, "M-TABLE", Instant.now().plus(SHORT_LIFE)));
    }

    @TestFactory
    Stream<DynamicTest> refuses_bad_tokens_with_401_problems() {
        return BadTokens.refusedBy(http(), endpoint(GET, "/members/M-BADTOKEN/notifications", null, MEMBER), MEMBER,
                "M-BADTOKEN", null);
    }

    @Test
    void refuses_another_members_notifications_and_live_stream_and_audits_the_attempts() {
        http().get().uri("/members/M-OWNER/notifications").headers(Tokens.asMember("M-STRANGER")).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http().get().uri("/members/M-OWNER/notifications/stream").headers(Tokens.asMember("M-STRANGER"))
                .accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
        http().get().uri("/members/M-OWNER/notifications").headers(Tokens.asMember("M-OWNER")).exchange()
                .expectStatus().isOk();
        // the owner's own stream opens (and is recorded when its first frame is sent)
        StepVerifier.create(stream("M-OWNER", Tokens.asMember("M-OWNER")))
                .expectNextMatches(greeting -> "subscribed".equals(greeting.comment()))
                .thenCancel()
                .verify(PATIENCE);

        List<Map<String, Object>> trail = auditOf("M-OWNER");
        assertThat(trail).extracting(line -> line.get("actor") + " " + line.get("action") + " "
                        + line.get("resource") + " " + line.get("outcome"))
                .contains("member:M-STRANGER READ GET /members/M-OWNER/notifications DENIED",
                        "member:M-STRANGER READ GET /members/M-OWNER/notifications/stream DENIED",
                        "member:M-OWNER READ GET /members/M-OWNER/notifications ALLOWED",
                        "member:M-OWNER READ GET /members/M-OWNER/notifications/stream ALLOWED");
        assertThat(trail).allSatisfy(line -> assertThat(line).containsKeys("at", "roles", "status", "correlationId"));
        assertThat(auditOf("M-STRANGER")).isEmpty();
    }

    @Test
    void ends_the_live_stream_when_the_token_that_opened_it_expires() {
        Instant expiresAt = Instant.now().plus(SHORT_LIFE);

        StepVerifier.create(stream("M-EXPIRY", bearer(Role.MEMBER, "M-EXPIRY", expiresAt)))
                .expectNextMatches(greeting -> "subscribed".equals(greeting.comment()))
                .expectComplete()
                .verify(PATIENCE);

        // not before the token expired (its exp is in whole seconds), and not long after
        Instant ended = Instant.now();
        assertThat(ended).isAfterOrEqualTo(expiresAt.minusSeconds(1)).isBefore(expiresAt.plusSeconds(10));
    }

    private Flux<ServerSentEvent<String>> stream(String memberId, Consumer<HttpHeaders> token) {
        return http().get().uri("/members/{m}/notifications/stream", memberId).headers(token)
                .accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(SSE).getResponseBody()
                .filter(event -> !"keep-alive".equals(event.comment()));
    }

    private List<Map<String, Object>> auditOf(String memberId) {
        return EndpointRoleTable.auditOf(http(), memberId);
    }

    /** The role's token as the member's own where a member id applies; expiring at {@code expiresAt} if given. */
    private static Consumer<HttpHeaders> ownersToken(Role role, String memberId, Instant expiresAt) {
        String member = role == Role.MEMBER ? memberId : null;
        String npi = role == Role.PROVIDER || role == Role.PRESCRIBER ? "1234567893" : null;
        return expiresAt == null ? Tokens.bearer(Tokens.token(role, member, npi)) : bearer(role, member, npi, expiresAt);
    }

    private static Consumer<HttpHeaders> bearer(Role role, String memberId, Instant expiresAt) {
        return bearer(role, memberId, null, expiresAt);
    }

    private static Consumer<HttpHeaders> bearer(Role role, String memberId, String npi, Instant expiresAt) {
        return Tokens.bearer(TestIssuer.get().sign(Tokens.claims(role, memberId, npi)
                .expirationTime(Date.from(expiresAt)).build()));
    }
}
