package org.medmassage.testsupport;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import java.util.function.Consumer;
import org.medmassage.support.security.Role;
import org.medmassage.testissuer.TestIssuer;
import org.springframework.http.HttpHeaders;

/**
 * One line to call an endpoint as a role: {@code client.get().uri(...).headers(Tokens.asMember("M-1001"))}. Tokens
 * come from the {@link TestIssuer} and carry the claims the real issuers write ({@code roles}, {@code member_id},
 * {@code npi}).
 */
public final class Tokens {

    private Tokens() {
    }

    /** A staff role (reviewer, admin, ops) — or any role without a member id or NPI. */
    public static Consumer<HttpHeaders> as(Role role) {
        return bearer(token(role, null, null));
    }

    public static Consumer<HttpHeaders> asMember(String memberId) {
        return bearer(token(Role.MEMBER, memberId, null));
    }

    public static Consumer<HttpHeaders> asProvider(String npi) {
        return bearer(token(Role.PROVIDER, null, npi));
    }

    public static Consumer<HttpHeaders> asPrescriber(String npi) {
        return bearer(token(Role.PRESCRIBER, null, npi));
    }

    /**
     * The token of the role as the owner of the data under test: the member itself, or the provider or prescriber
     * with {@code npi}; the staff roles as such. An endpoint × role table calls with these (EndpointRoleTable).
     */
    public static Consumer<HttpHeaders> asOwner(Role role, String memberId, String npi) {
        return switch (role) {
            case MEMBER -> asMember(memberId);
            case PROVIDER -> asProvider(npi);
            case PRESCRIBER -> asPrescriber(npi);
            default -> as(role);
        };
    }

    public static Consumer<HttpHeaders> bearer(String token) {
        return headers -> headers.setBearerAuth(token);
    }

    public static String token(Role role, String memberId, String npi) {
        return TestIssuer.get().sign(claims(role, memberId, npi).build());
    }

    public static JWTClaimsSet.Builder claims(Role role, String memberId, String npi) {
        JWTClaimsSet.Builder claims = TestIssuer.get().claims(role.claimValue() + ":" + (memberId != null ? memberId
                : npi != null ? npi : "test")).claim("roles", List.of(role.claimValue()));
        if (memberId != null) {
            claims.claim("member_id", memberId);
        }
        if (npi != null) {
            claims.claim("npi", npi);
        }
        return claims;
    }
}
