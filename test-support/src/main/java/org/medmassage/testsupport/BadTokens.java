package org.medmassage.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.medmassage.support.security.Role;
import org.medmassage.testissuer.TestIssuer;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The tokens an endpoint must refuse with a 401 problem and a Bearer challenge, never a 500 (issue 12, bad input):
 * malformed, expired, without an expiry, signed by a key the issuer never published, for another audience, from
 * another issuer, and unsigned. Each is otherwise the token of a role that may call the endpoint.
 */
public final class BadTokens {

    private BadTokens() {
    }

    public static Stream<DynamicTest> refusedBy(WebTestClient client, EndpointRoleTable.Endpoint endpoint, Role allowed,
                                                String memberId, String npi) {
        TestIssuer issuer = TestIssuer.get();
        Map<String, Consumer<HttpHeaders>> tokens = new LinkedHashMap<>();
        tokens.put("a malformed token", Tokens.bearer("not-a-jwt"));
        tokens.put("an expired token", Tokens.bearer(issuer.sign(Tokens.claims(allowed, memberId, npi)
                .issueTime(Date.from(Instant.now().minus(Duration.ofHours(2))))
                .expirationTime(Date.from(Instant.now().minus(Duration.ofHours(1)))).build())));
        tokens.put("a token without an expiry", Tokens.bearer(issuer.sign(Tokens.claims(allowed, memberId, npi)
                .expirationTime(null).build())));
        tokens.put("a token signed by another key", Tokens.bearer(issuer.signWithStrangersKey(
                Tokens.claims(allowed, memberId, npi).build())));
        tokens.put("a token for another audience", Tokens.bearer(issuer.sign(Tokens.claims(allowed, memberId, npi)
                .audience("another-api").build())));
        tokens.put("a token from another issuer", Tokens.bearer(issuer.sign(Tokens.claims(allowed, memberId, npi)
                .issuer("https://issuer.example").build())));
        tokens.put("an unsigned token", Tokens.bearer(unsigned(Tokens.claims(allowed, memberId, npi).build())));
        // five parts, as an encrypted token: the decoder cannot read it (a 401, not "issuer unreachable")
        tokens.put("an encrypted token", Tokens.bearer(base64Url("{\"alg\":\"RSA-OAEP-256\",\"enc\":\"A256GCM\"}")
                + ".a2V5.aXY.Y2lwaGVy.dGFn"));
        return tokens.entrySet().stream().map(bad -> DynamicTest.dynamicTest(endpoint.name() + " with " + bad.getKey()
                + ": 401", () -> {
            EntityExchangeResult<byte[]> result = EndpointRoleTable.call(client, endpoint, bad.getValue());
            EndpointRoleTable.assertProblem(result, 401);
            assertThat(result.getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        }));
    }

    private static String base64Url(String json) {
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String unsigned(JWTClaimsSet claims) {
        return new com.nimbusds.jwt.PlainJWT(claims).serialize();
    }
}
