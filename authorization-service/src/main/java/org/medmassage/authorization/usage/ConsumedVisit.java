package org.medmassage.authorization.usage;

import java.time.LocalDate;
import java.util.Objects;

/** One visit used on an authorization: its date of service and the claim that used it (PA-04: one per DOS). */
public record ConsumedVisit(LocalDate dateOfService, String claimId) {

    public ConsumedVisit {
        Objects.requireNonNull(dateOfService, "dateOfService");
        Objects.requireNonNull(claimId, "claimId");
    }
}
