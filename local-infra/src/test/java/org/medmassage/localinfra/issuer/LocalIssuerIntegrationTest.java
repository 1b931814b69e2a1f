package org.medmassage.localinfra.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LocalIssuerIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LocalIssuer issuer;

    @BeforeAll
    static void start() {
        issuer = LocalIssuer.start(0, Duration.ofMinutes(30));
    }

    @AfterAll
    static void stop() {
        issuer.close();
    }

    @Test
    void signs_a_member_token_with_the_role_member_id_and_audience_verifiable_with_its_published_keys() throws Exception {
        HttpResponse<String> response = token("grant_type=client_credentials&client_id=cli&client_secret=x"
                + "&role=member&member_id=M-1001");

        assertThat(response.statusCode()).isEqualTo(200);
        SignedJWT jwt = SignedJWT.parse(response.body().replaceAll("(?s).*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1"));
        RSAKey key = JWKSet.parse(get(issuer.jwkSetUri())).getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(issuer.issuerUri());
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("member:M-1001");
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("medmassage");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("member");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("member_id")).isEqualTo("M-1001");
        assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant())
                .isBetween(Instant.now().plus(Duration.ofMinutes(29)), Instant.now().plus(Duration.ofMinutes(31)));
    }

    @Test
    void publishes_its_discovery_document_with_the_keys_location() throws Exception {
        String discovery = get(issuer.issuerUri() + "/.well-known/openid-configuration");

        assertThat(discovery).contains("\"issuer\"").contains(issuer.jwkSetUri());
    }

    @Test
    void refuses_a_token_request_without_a_known_role() throws Exception {
        HttpResponse<String> response = token("grant_type=client_credentials&client_id=cli&client_secret=x&role=root");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalid_request");
    }

    private static HttpResponse<String> token(String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(issuer.tokenUri()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String get(String uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
