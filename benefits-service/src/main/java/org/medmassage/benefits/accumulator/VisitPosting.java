package org.medmassage.benefits.accumulator;

import java.time.LocalDate;
import java.util.Objects;

/** One counted visit: at most one per member and date of service, whatever the number of lines or claims (CS-06). */
public record VisitPosting(String claimId, LocalDate dateOfService) {

    public VisitPosting {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(dateOfService, "dateOfService");
    }
}
