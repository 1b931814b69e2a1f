package org.medmassage.events.benefit;

import java.time.LocalDate;
import org.medmassage.events.DomainEvent;

/** No benefit applies to the visit at all, e.g. no coverage on the date of service (CO-27); nothing posted. */
public record CostShareDenied(
        String claimId,
        String memberId,
        LocalDate dateOfService,
        String group,
        String carc,
        String rarc,
        String reason) implements DomainEvent {

    @Override
    public String correlationId() {
        return claimId;
    }
}
