package org.medmassage.localinfra.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The portal's sign-in, as a browser walks it: authorize, the sign-in form, the redirect, the code exchange. */
class MemberSignInIntegrationTest {

    private static final String PORTAL = "http://127.0.0.1:8085";
    private static final String REDIRECT = PORTAL + "/portal/";
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static LocalIssuer issuer;

    private final CodeVerifier verifier = new CodeVerifier();

    @BeforeAll
    static void start() {
        issuer = LocalIssuer.start(0, Duration.ofMinutes(30));
    }

    @AfterAll
    static void stop() {
        issuer.close();
    }

    @Test
    void shows_a_sign_in_form_asking_for_the_member_id_and_nothing_else() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(authorizeUrl(challenge()))));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\">").contains("Member id").contains("name=\"username\"")
                .doesNotContain("name=\"claims\"");
    }

    @Test
    void the_code_of_a_signed_in_member_is_exchanged_for_a_member_token_like_the_client_credentials_one() throws Exception {
        String code = signIn("M-1001", "{\"roles\":[\"admin\"],\"npi\":\"1245319599\"}");

        HttpResponse<String> response = exchange(code, verifier.getValue());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("access-control-allow-origin")).contains(PORTAL);
        JWTClaimsSet token = SignedJWT.parse(field(response.body(), "access_token")).getJWTClaimsSet();
        assertThat(token.getIssuer()).isEqualTo(issuer.issuerUri());
        assertThat(token.getSubject()).isEqualTo("member:M-1001");
        assertThat(token.getAudience()).containsExactly("medmassage");
        assertThat(token.getStringListClaim("roles")).containsExactly("member");
        assertThat(token.getStringClaim("member_id")).isEqualTo("M-1001");
        assertThat(token.getClaim("npi")).as("the form's own claims are dropped").isNull();
        assertThat(token.getExpirationTime().toInstant())
                .isBetween(Instant.now().plus(Duration.ofMinutes(29)), Instant.now().plus(Duration.ofMinutes(31)));
    }

    @Test
    void refuses_the_exchange_whose_code_verifier_does_not_match_the_challenge() throws Exception {
        String code = signIn("M-1001", "");

        HttpResponse<String> response = exchange(code, new CodeVerifier().getValue());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalid_grant");
    }

    @Test
    void refuses_the_exchange_without_a_code_verifier() throws Exception {
        String code = signIn("M-1001", "");

        HttpResponse<String> response = exchange(code, null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalid_grant").contains("code_verifier");
    }

    @Test
    void refuses_to_sign_in_without_PKCE_S256_for_another_client_or_to_another_site() throws Exception {
        String withoutPkce = authorizeUrl(challenge()).replaceAll("&code_challenge=[^&]+", "");
        String plain = authorizeUrl(challenge()).replace("S256", "plain");
        String otherClient = authorizeUrl(challenge()).replace("client_id=medmassage-portal", "client_id=cli");
        String otherSite = authorizeUrl(challenge()).replace(encode(REDIRECT), encode("https://example.org/portal/"));

        for (String url : new String[] {withoutPkce, plain, otherClient, otherSite}) {
            assertThat(send(HttpRequest.newBuilder(URI.create(url))).statusCode()).as(url).isEqualTo(400);
        }
    }

    @Test
    void refuses_a_username_that_is_not_a_member_id() throws Exception {
        HttpResponse<String> response = submitSignIn("M-1001\"}", "");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("member id");
    }

    @Test
    void answers_the_portals_cors_preflight_and_discovery_from_its_origin() throws Exception {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(issuer.tokenUri()))
                .header("Origin", PORTAL).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> discovery = send(HttpRequest.newBuilder(
                URI.create(issuer.issuerUri() + "/.well-known/openid-configuration")).header("Origin", PORTAL));

        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("access-control-allow-origin")).contains(PORTAL);
        assertThat(preflight.headers().firstValue("access-control-allow-methods").orElse("")).contains("POST");
        assertThat(preflight.headers().firstValue("access-control-allow-headers")).contains("content-type");
        assertThat(discovery.headers().firstValue("access-control-allow-origin")).contains(PORTAL);
        assertThat(discovery.body()).contains(issuer.authorizationUri()).contains("S256");
    }

    private String signIn(String username, String claims) throws Exception {
        HttpResponse<String> response = submitSignIn(username, claims);
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(REDIRECT).contains("state=s-42");
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    private HttpResponse<String> submitSignIn(String username, String claims) throws Exception {
        return send(form(authorizeUrl(challenge()), "username=" + encode(username) + "&claims=" + encode(claims)));
    }

    private HttpResponse<String> exchange(String code, String codeVerifier) throws Exception {
        return send(form(issuer.tokenUri(), "grant_type=authorization_code&code=" + code + "&redirect_uri="
                + encode(REDIRECT) + "&client_id=medmassage-portal"
                + (codeVerifier == null ? "" : "&code_verifier=" + codeVerifier)).header("Origin", PORTAL));
    }

    private String challenge() {
        return CodeChallenge.compute(CodeChallengeMethod.S256, verifier).getValue();
    }

    private static String authorizeUrl(String challenge) {
        return issuer.authorizationUri() + "?response_type=code&client_id=medmassage-portal&redirect_uri="
                + encode(REDIRECT) + "&scope=openid&state=s-42&code_challenge=" + challenge
                + "&code_challenge_method=S256";
    }

    private static HttpRequest.Builder form(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return BROWSER.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        return json.replaceAll("(?s).*\"" + name + "\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
