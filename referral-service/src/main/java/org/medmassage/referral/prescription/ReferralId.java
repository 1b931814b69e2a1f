package org.medmassage.referral.prescription;

import java.util.Objects;
import java.util.UUID;

/** The payer's handle of a referral; other services carry it as a plain string (correlationId of its events). */
public record ReferralId(String value) {

    public ReferralId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a referral id is not blank");
        }
    }

    public static ReferralId random() {
        return new ReferralId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
