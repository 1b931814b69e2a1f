package org.medmassage.localinfra.issuer;

import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.TokenRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.nav.security.mock.oauth2.OAuth2Exception;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;

/**
 * The claims of a demo token, from the token request's own parameters: {@code role} (member, provider, prescriber,
 * reviewer, admin, ops), {@code member_id} for a member, {@code npi} for a provider or prescriber. The claim names are
 * the ones Keycloak's realm in deploy/keycloak maps, so the services read both issuers' tokens alike.
 *
 * <p>A code of the portal's sign-in ({@link MemberSignIn}) is exchanged for a member's token: the server adds the
 * signed-in member's {@code sub} and {@code member_id}, and the exchange must prove PKCE.
 */
final class DemoTokens implements OAuth2TokenCallback {

    static final String AUDIENCE = "medmassage";
    private static final Set<String> ROLES = Set.of("member", "provider", "prescriber", "reviewer", "admin", "ops");

    private final String issuerId;
    private final Duration lifetime;

    DemoTokens(String issuerId, Duration lifetime) {
        this.issuerId = issuerId;
        this.lifetime = lifetime;
    }

    @Override
    public String issuerId() {
        return issuerId;
    }

    @Override
    public String subject(TokenRequest request) {
        String role = role(request);
        String who = parameter(request, "member_id", parameter(request, "npi", "demo"));
        return role + ":" + who;
    }

    @Override
    public String typeHeader(TokenRequest request) {
        return "JWT";
    }

    @Override
    public List<String> audience(TokenRequest request) {
        return List.of(AUDIENCE);
    }

    @Override
    public Map<String, Object> addClaims(TokenRequest request) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("roles", List.of(role(request)));
        String memberId = parameter(request, "member_id", null);
        if (memberId != null) {
            claims.put("member_id", memberId);
        }
        String npi = parameter(request, "npi", null);
        if (npi != null) {
            claims.put("npi", npi);
        }
        return claims;
    }

    @Override
    public long tokenExpiry() {
        return lifetime.toSeconds();
    }

    private static String role(TokenRequest request) {
        if (request.getAuthorizationGrant() instanceof AuthorizationCodeGrant code) {
            requireCodeVerifier(code);
            return "member";
        }
        String role = parameter(request, "role", "");
        if (!ROLES.contains(role)) {
            // no role, no token (400 invalid_request): a token without one would be refused by every endpoint anyway
            throw new OAuth2Exception(OAuth2Error.INVALID_REQUEST, "role must be one of " + ROLES + ", was '" + role + "'");
        }
        return role;
    }

    private static void requireCodeVerifier(AuthorizationCodeGrant code) {
        // the server compares a code_verifier with the code's challenge, but lets an exchange without one through
        if (code.getCodeVerifier() == null) {
            String message = "code_verifier is required (PKCE)";
            throw new OAuth2Exception(OAuth2Error.INVALID_GRANT.setDescription(message), message);
        }
    }

    private static String parameter(TokenRequest request, String name, String otherwise) {
        List<String> values = request.getCustomParameters().get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? otherwise : values.get(0);
    }
}
