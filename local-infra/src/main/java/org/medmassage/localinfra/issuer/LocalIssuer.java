package org.medmassage.localinfra.issuer;

import java.time.Duration;
import java.util.Set;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequestHandler;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * An OpenID Connect issuer for runs without Docker (no.nav.security:mock-oauth2-server): discovery at
 * {@code /medmassage/.well-known/openid-configuration}, keys at {@code /medmassage/jwks}, RS256 tokens from
 * {@code /medmassage/token}. It signs what it is asked for ({@link DemoTokens}): a development issuer, never a
 * deployment's; docker-compose runs Keycloak instead. The portal signs a member in with the authorization code flow
 * and PKCE at {@code /medmassage/authorize} ({@link MemberSignIn}); the server answers a browser's CORS requests from
 * any origin.
 */
public final class LocalIssuer implements AutoCloseable {

    public static final String ISSUER_ID = "medmassage";

    private final MockOAuth2Server server;

    private LocalIssuer(MockOAuth2Server server) {
        this.server = server;
    }

    public static LocalIssuer start(int port, Duration tokenLifetime) {
        OAuth2Config config = new OAuth2Config(true, MemberSignIn.page().toString(), null, false,
                new OAuth2TokenProvider(), Set.of(new DemoTokens(ISSUER_ID, tokenLifetime)));
        // one handler for the sign-in in front and the routes behind it: the codes it issues are kept in the handler
        Route authorizationServer = new OAuth2HttpRequestHandler(config).getAuthorizationServer();
        MockOAuth2Server server = new MockOAuth2Server(config, new MemberSignIn(authorizationServer), authorizationServer);
        server.start(java.net.InetAddress.getLoopbackAddress(), port);
        return new LocalIssuer(server);
    }

    /**
     * The {@code iss} of every token asked for at {@link #tokenUri()}: {@code http://127.0.0.1:8090/medmassage}. The
     * server writes the host a token was asked from into its {@code iss}, so ask 127.0.0.1, as the services expect.
     */
    public String issuerUri() {
        return "http://127.0.0.1:" + server.issuerUrl(ISSUER_ID).port() + "/" + ISSUER_ID;
    }

    public String jwkSetUri() {
        return issuerUri() + "/jwks";
    }

    public String authorizationUri() {
        return issuerUri() + "/authorize";
    }

    public String tokenUri() {
        return issuerUri() + "/token";
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
