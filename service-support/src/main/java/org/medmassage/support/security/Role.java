package org.medmassage.support.security;

import java.util.Arrays;
import java.util.Optional;

/** Who a caller acts as, from the token's {@code roles} claim (issue 12: least privilege by role). */
public enum Role {
    /** A patient: only their own data, by the token's {@code member_id}. */
    MEMBER,
    /** A rendering or billing provider: its own claims and authorization requests, by the token's {@code npi}. */
    PROVIDER,
    /** A clinician who signs referrals, by the token's {@code npi}. */
    PRESCRIBER,
    /** The payer's utilization-management reviewer. */
    REVIEWER,
    /** The payer's configuration: plans, coverage, providers, fee schedules, voids. */
    ADMIN,
    /** Operations: reads everything, changes nothing but dead letters. */
    OPS;

    /** The name in the token, e.g. {@code member}. */
    public String claimValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The Spring Security authority, e.g. {@code ROLE_member}. */
    public String authority() {
        return "ROLE_" + claimValue();
    }

    public static Optional<Role> fromClaim(String value) {
        return Arrays.stream(values()).filter(role -> role.claimValue().equals(value)).findFirst();
    }

    public static Optional<Role> fromAuthority(String authority) {
        return authority.startsWith("ROLE_") ? fromClaim(authority.substring("ROLE_".length())) : Optional.empty();
    }
}
