package org.medmassage.support.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The authenticated caller of a request, from its token: {@code sub}, {@code roles}, and the {@code member_id} or
 * {@code npi} that scope a member's or a provider's access. A controller declares a {@code Caller} parameter to get it.
 */
public record Caller(String subject, Set<Role> roles, Optional<String> memberId, Optional<String> npi,
                     Optional<Instant> expiresAt) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller of(Jwt jwt) {
        List<String> claimed = jwt.hasClaim("roles") ? jwt.getClaimAsStringList("roles") : List.of();
        Set<Role> roles = claimed.stream().map(Role::fromClaim).flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new Caller(jwt.getSubject(), roles, Optional.ofNullable(jwt.getClaimAsString("member_id")),
                Optional.ofNullable(jwt.getClaimAsString("npi")), Optional.ofNullable(jwt.getExpiresAt()));
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    public boolean isAny(Set<Role> anyOf) {
        return anyOf.stream().anyMatch(roles::contains);
    }

    /** True when the caller is that member (a member role and the same {@code member_id}). */
    public boolean isMember(String member) {
        return is(Role.MEMBER) && memberId.filter(member::equals).isPresent();
    }

    /** True when the caller is that provider or prescriber (the same {@code npi}). */
    public boolean hasNpi(String providerNpi) {
        return (is(Role.PROVIDER) || is(Role.PRESCRIBER)) && npi.filter(providerNpi::equals).isPresent();
    }

    /** The roles as written in the audit trail, e.g. {@code member} or {@code admin,ops}. */
    public String rolesText() {
        return roles.stream().map(Role::claimValue).sorted().collect(Collectors.joining(","));
    }
}
