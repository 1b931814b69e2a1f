package org.medmassage.referral.prescription;

import java.util.Objects;

/** Who wrote the referral (MN-02): a checked NPI, a name and an allowed prescriber type (MN-03), upper case. */
public record Prescriber(String npi, String name, String type) {

    public Prescriber {
        Objects.requireNonNull(npi, "npi");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
