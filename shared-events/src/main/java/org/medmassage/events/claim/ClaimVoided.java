package org.medmassage.events.claim;

import java.time.LocalDate;
import org.medmassage.events.DomainEvent;

/** A claim cancelled after adjudication: its accumulator postings are reversed and its visit released (CS-07). */
public record ClaimVoided(String claimId, String memberId, LocalDate dateOfService, String reason) implements DomainEvent {

    @Override
    public String correlationId() {
        return claimId;
    }
}
