package org.medmassage.claims.credentials;

import java.util.Objects;

/** Where the provider practises; its state is the state of service a licence must be valid in (RULEBOOK §1.3). */
public record PracticeAddress(String line1, String city, String state, String postalCode) {

    public PracticeAddress {
        Objects.requireNonNull(line1, "line1");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(postalCode, "postalCode");
    }
}
