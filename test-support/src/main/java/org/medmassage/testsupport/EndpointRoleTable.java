package org.medmassage.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.medmassage.support.security.Role;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The endpoint × role table of a service as dynamic tests (issue 12): every endpoint called with no token (401), then
 * as every role, the allowed ones getting past security (any status but 401 and 403) and the others a 403 problem.
 * {@code ops} is allowed every GET. A role's token is the owner's (e.g. the member whose data it is), so that what
 * is tested is the role, not the ownership; ownership has tests of its own.
 */
public final class EndpointRoleTable {

    /** One row: a request and the roles that may make it. */
    public record Endpoint(HttpMethod method, String uri, Object body, Set<Role> allowed) {

        String name() {
            return method.name() + " " + uri;
        }

        boolean allows(Role role) {
            return allowed.contains(role) || (HttpMethod.GET.equals(method) && role == Role.OPS);
        }
    }

    /** A body sent as {@code contentType} rather than as JSON (e.g. an X12 interchange, application/edi-x12). */
    public record Body(MediaType contentType, String text) {
    }

    public static Endpoint endpoint(HttpMethod method, String uri, Object body, Role... allowed) {
        return new Endpoint(method, uri, body, allowed.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(allowed)));
    }

    private static final ParameterizedTypeReference<List<Map<String, Object>>> AUDIT_LINES =
            new ParameterizedTypeReference<>() {
            };

    private EndpointRoleTable() {
    }

    /** The table as tests; {@code tokenOf} gives each role's token, the owner's where ownership applies. */
    public static Stream<DynamicTest> check(WebTestClient client, List<Endpoint> endpoints,
                                            Function<Role, Consumer<HttpHeaders>> tokenOf) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            tests.add(DynamicTest.dynamicTest(endpoint.name() + " without a token: 401", () ->
                    assertProblem(call(client, endpoint, headers -> { }), 401)));
            for (Role role : Role.values()) {
                boolean allowed = endpoint.allows(role);
                tests.add(DynamicTest.dynamicTest(endpoint.name() + " as " + role.claimValue() + ": "
                        + (allowed ? "allowed" : "403"), () -> {
                    EntityExchangeResult<byte[]> result = call(client, endpoint, tokenOf.apply(role));
                    if (allowed) {
                        assertThat(result.getStatus().value()).as(endpoint.name() + " as " + role.claimValue())
                                .isNotIn(401, 403).isLessThan(500);
                    } else {
                        assertProblem(result, 403);
                    }
                }));
            }
        }
        return tests.stream();
    }

    /** A member's audit trail in the service, newest first, read as ops. */
    public static List<Map<String, Object>> auditOf(WebTestClient client, String memberId) {
        return client.get().uri("/audit?memberId={m}", memberId).headers(Tokens.as(Role.OPS)).exchange()
                .expectStatus().isOk().expectBody(AUDIT_LINES).returnResult().getResponseBody();
    }

    static EntityExchangeResult<byte[]> call(WebTestClient client, Endpoint endpoint, Consumer<HttpHeaders> token) {
        WebTestClient.RequestBodySpec request = client.method(endpoint.method()).uri(endpoint.uri()).headers(token);
        WebTestClient.RequestHeadersSpec<?> ready = endpoint.body() == null ? request
                : endpoint.body() instanceof Body typed ? request.contentType(typed.contentType()).bodyValue(typed.text())
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(endpoint.body());
        return HangDiagnostics.onTimeout(endpoint.name(), () -> ready.exchange().expectBody().returnResult());
    }

    static void assertProblem(EntityExchangeResult<byte[]> result, int status) {
        assertThat(result.getStatus().value()).as(result.getMethod() + " " + result.getUrl()).isEqualTo(status);
        assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(new String(result.getResponseBodyContent() == null ? new byte[0] : result.getResponseBodyContent()))
                .contains("\"status\":" + status);
    }
}
