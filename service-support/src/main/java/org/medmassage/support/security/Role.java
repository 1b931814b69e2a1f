package org.medmassage.support.security;

import java.util.Arrays;
import java.util.Optional;

/** Who a caller acts as, from the token's {@code roles} claim (issue 12: least privilege by role). */
public enum Role {
    MEMBER("a patient: only their own data, by the token's member_id"),
    PROVIDER("a rendering or billing provider: its own claims and authorization requests, by the token's npi"),
    PRESCRIBER("a clinician who signs referrals, by the token's npi"),
    REVIEWER("the payer's utilization-management reviewer"),
    ADMIN("the payer's configuration: plans, coverage, providers, fee schedules, voids"),
    OPS("operations: reads everything, changes nothing but dead letters");

    private final String meaning;

    Role(String meaning) {
        this.meaning = meaning;
    }

    /** Who acts in this role, for people reading the API (the OpenAPI document's bearer scheme). */
    public String meaning() {
        return meaning;
    }

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
